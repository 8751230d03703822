package vn.motcua.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * CPU the partner simulator spends inside the application's JVM: its endpoints (the agencies' servers
 * receiving a request, {@code /simulator/*}, timed from the first filter on) and its thread that sends the
 * answers ({@code partner-simulator}). In production that work is other agencies' servers', so the capacity
 * benchmark counts it apart from the application's own. Tomcat's reading of a request before the filters is
 * not counted (it stays with the application).
 */
final class SimulatorCpu {

    private static final String SENDER_THREAD = "partner-simulator";
    private static final AtomicLong ENDPOINT_NANOS = new AtomicLong();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SimulatorCpu() {
    }

    /** Seconds of CPU spent so far by the simulator's endpoints and sender. */
    static double seconds() {
        long sender = 0;
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && SENDER_THREAD.equals(thread.getThreadName())) {
                sender += Math.max(0, THREADS.getThreadCpuTime(thread.getThreadId()));
            }
        }
        return (ENDPOINT_NANOS.get() + sender) / 1e9;
    }

    /** Added to the application the capacity benchmark boots: times the simulator's endpoints. */
    @Configuration
    static class Endpoints {

        @Bean
        FilterRegistrationBean<Filter> simulatorCpuFilter() {
            Filter timing = (ServletRequest request, ServletResponse response, FilterChain chain) -> time(request, response, chain);
            var registration = new FilterRegistrationBean<>(timing);
            registration.setName("benchmark-simulator-cpu");
            registration.addUrlPatterns("/simulator/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }

        private static void time(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                chain.doFilter(request, response);
            } finally {
                ENDPOINT_NANOS.addAndGet(THREADS.getCurrentThreadCpuTime() - start);
            }
        }
    }
}
