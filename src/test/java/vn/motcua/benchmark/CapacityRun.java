package vn.motcua.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;

import vn.motcua.benchmark.FileDriver.DrivenCase;
import vn.motcua.benchmark.FileDriver.Step;

/**
 * Open-loop load on one system (the application, or the bare engine with the same diagrams): files
 * arrive on a schedule that does not wait for earlier files to finish (all at once, or at a fixed
 * rate), and each driver thread works on several files at once, in turn, so a file that waits for the
 * job executor or a partner never holds a thread. With enough files in flight the machine is saturated,
 * and the finishing rate is the system's capacity. A file's time runs from its scheduled arrival, so
 * the wait for a free place is in it.
 */
final class CapacityRun {

    /** How long a file that had nothing to do is left before the next look (the driver's own load). */
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /**
     * What the run drives: the application through its services, or the bare engine.
     *
     * @param database its PostgreSQL database, whose backends' CPU is counted; null for H2
     * @param receive the file's reception: what starts its procedure
     * @param check a problem with the finished file, or null
     * @param partnersCpu seconds of CPU so far of what stands in for the partner agencies' servers in this JVM
     *        (the simulator), counted apart from the side's own
     */
    record Target(String name, ProcessEngine engine, FileDriver driver, String database,
            BiFunction<String, Integer, DrivenCase> receive, Function<DrivenCase, String> check,
            DoubleSupplier partnersCpu) {
    }

    /**
     * @param jvmCpu this JVM's CPU ÷ (wall time × cores); {@code jvmCpuSeconds} the same in seconds
     * @param databaseCpuSeconds CPU of the side's own database backends ({@link BackendCpu}); NaN on H2
     * @param databaseWork transactions and rows its database committed ({@link DatabaseWork}); none on H2
     * @param partnersCpuSeconds the part of {@code jvmCpuSeconds} the partner simulator spent
     */
    record Result(String name, int files, double seconds, Samples fileSeconds, Samples completions,
            Map<String, Double> tasksPerFile, double jvmCpu, double jvmCpuSeconds, double databaseCpuSeconds,
            double machineCpu, DatabaseWork.Reading databaseWork, double partnersCpuSeconds, List<String> problems) {

        double filesPerSecond() {
            return files / seconds;
        }

        /**
         * Milliseconds of CPU per file, this JVM's and its database's, without the partner simulator's: what the
         * machine pays for a file of this side (other agencies' servers do the simulator's part).
         */
        double cpuMillisPerFile() {
            return 1000 * (ownJvmCpuSeconds() + (Double.isNaN(databaseCpuSeconds) ? 0 : databaseCpuSeconds)) / files;
        }

        double ownJvmCpuSeconds() {
            return jvmCpuSeconds - partnersCpuSeconds;
        }
    }

    private final int threads;
    private final int inFlightPerThread;
    private final double arrivalsPerSecond;

    /**
     * @param inFlightPerThread how many files one driver thread works on at once (an officer's desk):
     *        files that have arrived beyond that wait for a free place, and their waiting counts in their time
     * @param arrivalsPerSecond the arrival rate; 0: every file arrives at once
     */
    CapacityRun(int threads, int inFlightPerThread, double arrivalsPerSecond) {
        this.threads = threads;
        this.inFlightPerThread = inFlightPerThread;
        this.arrivalsPerSecond = arrivalsPerSecond;
    }

    /** Files of the procedures in turn; the result counts only files that finished without a problem. */
    Result run(Target target, List<String> procedures, int count) {
        FileDriver driver = target.driver();
        Samples fileSeconds = new Samples();
        Samples completions = new Samples();
        Map<String, int[]> tasks = new ConcurrentHashMap<>(); // procedure -> {files, tasks}
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger finished = new AtomicInteger();
        DatabaseWork work = DatabaseWork.of(target.database()); // first: it waits for the server's counters to settle
        double partnersCpuStart = target.partnersCpu().getAsDouble();
        Arrivals arrivals = new Arrivals(count, arrivalsPerSecond);
        CpuMeter cpu = new CpuMeter();
        BackendCpu database = BackendCpu.of(target.database());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> work(target, driver, procedures, arrivals, fileSeconds, completions, tasks,
                        problems, finished)));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            problems.add(target.name() + ": " + e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - arrivals.start) / 1e9;
        Map<String, Double> tasksPerFile = new TreeMap<>();
        tasks.forEach((procedure, n) -> tasksPerFile.put(procedure, (double) n[1] / n[0]));
        double jvmShare = cpu.jvmShare();
        double jvmSeconds = cpu.jvmSeconds();
        double databaseSeconds = database.seconds();
        double machineShare = cpu.machineShare();
        double partnersSeconds = target.partnersCpu().getAsDouble() - partnersCpuStart;
        return new Result(target.name(), finished.get(), seconds, fileSeconds, completions, tasksPerFile, jvmShare,
                jvmSeconds, databaseSeconds, machineShare, work.since(), partnersSeconds, problems);
    }

    private void work(Target target, FileDriver driver, List<String> procedures, Arrivals arrivals, Samples fileSeconds,
            Samples completions, Map<String, int[]> tasks, List<String> problems, AtomicInteger finished) {
        List<InFlight> mine = new ArrayList<>();
        while (!mine.isEmpty() || arrivals.left()) {
            boolean progressed = false;
            int i = mine.size() < inFlightPerThread ? arrivals.claim() : -1;
            if (i >= 0) {
                String procedure = procedures.get(i % procedures.size());
                try {
                    mine.add(new InFlight(procedure, target.receive().apply(procedure, i), arrivals.scheduled(i)));
                    progressed = true;
                } catch (RuntimeException e) {
                    problems.add(target.name() + ": reception of a " + procedure + " file: " + e);
                }
            }
            long now = System.nanoTime();
            for (Iterator<InFlight> it = mine.iterator(); it.hasNext();) {
                InFlight file = it.next();
                if (file.nextLook > now) {
                    continue;
                }
                try {
                    Step step = driver.step(file.driven, completions);
                    if (step == Step.ENDED) {
                        it.remove();
                        fileSeconds.add(System.nanoTime() - file.arrived);
                        String problem = target.check().apply(file.driven);
                        if (problem != null) {
                            problems.add(problem);
                            continue;
                        }
                        finished.incrementAndGet();
                        tasks.compute(file.procedure, (k, n) -> n == null ? new int[] { 1, file.driven.completed }
                                : new int[] { n[0] + 1, n[1] + file.driven.completed });
                    } else if (step == Step.PROGRESSED) {
                        progressed = true;
                        file.nextLook = 0;
                    } else {
                        file.nextLook = now + LOOK_AGAIN_NANOS;
                    }
                } catch (RuntimeException e) {
                    it.remove();
                    problems.add(target.name() + ": " + file.procedure + " file " + file.driven.businessKey + ": " + e);
                }
            }
            if (!progressed) {
                FileDriver.pause(5);
            }
        }
    }

    private static final class InFlight {
        final String procedure;
        final DrivenCase driven;
        /** when the schedule had it arrive (it may have waited for a free place since) */
        final long arrived;
        long nextLook;

        InFlight(String procedure, DrivenCase driven, long arrived) {
            this.procedure = procedure;
            this.driven = driven;
            this.arrived = arrived;
        }
    }

    /** The open-loop schedule: file i arrives at start + i / rate, whatever the system is doing. */
    private static final class Arrivals {
        final long start = System.nanoTime();
        private final int count;
        private final double perSecond;
        private final AtomicInteger next = new AtomicInteger();

        Arrivals(int count, double perSecond) {
            this.count = count;
            this.perSecond = perSecond;
        }

        boolean left() {
            return next.get() < count;
        }

        long scheduled(int i) {
            return perSecond > 0 ? start + (long) (i * 1e9 / perSecond) : start;
        }

        /** @return the index of a file whose arrival time has come, or -1 */
        int claim() {
            while (true) {
                int i = next.get();
                if (i >= count) {
                    return -1;
                }
                if (System.nanoTime() < scheduled(i)) {
                    return -1;
                }
                if (next.compareAndSet(i, i + 1)) {
                    return i;
                }
            }
        }
    }

    /** CPU used between its creation and a reading: by this JVM (both sides run in it) and by the whole machine. */
    static final class CpuMeter {
        private final long wallStart = System.nanoTime();
        private final long processStart = processCpuNanos();
        private final long[] machineStart = MachineCpu.read();

        double jvmSeconds() {
            return (processCpuNanos() - processStart) / 1e9;
        }

        /** This JVM's CPU time ÷ (wall time × cores): 1.0 is every core busy with this JVM. */
        double jvmShare() {
            long wall = System.nanoTime() - wallStart;
            return (double) (processCpuNanos() - processStart) / wall / Runtime.getRuntime().availableProcessors();
        }

        /** The machine's busy share (every process: PostgreSQL, this JVM, other tenants) from /proc/stat; NaN elsewhere. */
        double machineShare() {
            long[] now = MachineCpu.read();
            if (now == null || machineStart == null) {
                return Double.NaN;
            }
            double total = now[0] - machineStart[0];
            return total == 0 ? Double.NaN : (now[1] - machineStart[1]) / total;
        }

        private static long processCpuNanos() {
            return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                    ? os.getProcessCpuTime() : 0;
        }
    }

    private static final class MachineCpu {
        /** @return {total jiffies, busy jiffies} or null */
        static long[] read() {
            try {
                String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long total = 0;
                for (int i = 1; i < f.length; i++) {
                    total += Long.parseLong(f[i]);
                }
                long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]); // idle + iowait
                return new long[] { total, total - idle };
            } catch (Exception e) {
                return null;
            }
        }
    }
}
