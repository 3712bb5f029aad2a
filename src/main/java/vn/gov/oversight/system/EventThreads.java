package vn.gov.oversight.system;

import java.util.concurrent.ThreadPoolExecutor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run the modules' asynchronous event listeners
 * ({@code @ApplicationModuleListener}: the mails of the notification module, among
 * others). Without a bean of this name Spring falls back to a new thread per event (the
 * engine's own executor makes the choice ambiguous): a roll-out of 4,500 assignments or a
 * sweep of 10,000 overdue steps then ran hundreds of threads at once, each waiting for a
 * database connection, slowing the work that raised them (#15). A few threads and a queue
 * instead; nothing is lost by queueing, as every event is kept in the outbox (table
 * {@code event_publication}) until its listener has finished, and published again at the
 * next start if it had not. The queue is bounded: a sweep of 10,000 overdue steps queued
 * tens of thousands of mails faster than they were sent and ran the heap out; when it is
 * full, the thread that published the event (a job of the engine, a request) runs the
 * listener itself, which slows the source instead of filling the memory.
 */
@Configuration(proxyBeanMethods = false)
class EventThreads {

    @Bean(name = "taskExecutor")
    ThreadPoolTaskExecutor taskExecutor(@Value("${oversight.events.threads:2}") int threads,
            @Value("${oversight.events.queue:1000}") int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setThreadNamePrefix("events-");
        return executor;
    }

}
