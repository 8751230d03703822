package vn.motcua.engine.dossier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.motcua.dossier.FileCardColumns;
import vn.motcua.dossier.FileHeader;

/**
 * What Tasklist shows of a file, read from the register on both doors of the engine API, after the guard
 * (order 20) has let the caller in and around the work queue's lists (order 25), so their pages are completed too.
 */
@Configuration
class FileOnReadRegistration {

    @Bean
    FilterRegistrationBean<FileHeaderOnRead> fileHeaderOnRead(FileHeader header, TaskService tasks, RuntimeService runtime,
            IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new FileHeaderOnRead(header, tasks, runtime, identity));
        registration.setName("motcua-file-header-on-read");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(22);
        return registration;
    }

    @Bean
    FilterRegistrationBean<FileColumnsOnRead> fileColumnsOnRead(FileCardColumns columns, RuntimeService runtime,
            IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new FileColumnsOnRead(columns, runtime, identity));
        registration.setName("motcua-file-columns-on-read");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(23);
        return registration;
    }
}
