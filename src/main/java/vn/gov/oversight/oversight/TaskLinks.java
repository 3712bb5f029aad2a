package vn.gov.oversight.oversight;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Where a person acts on an item of the pages: the Tasklist task waiting in its process
 * (the oldest, when several wait), or Cockpit's page of the process for administrators.
 */
@Component
class TaskLinks {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";
    static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";

    private final TaskService tasks;

    TaskLinks(TaskService tasks) {
        this.tasks = tasks;
    }

    /**
     * The Tasklist link of the task waiting in each of these process instances that has
     * one.
     */
    Map<String, String> waitingIn(Collection<String> processInstanceIds) {
        List<String> ids = processInstanceIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, String> links = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return links;
        }
        List<Task> waiting = tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).active().list();
        waiting.stream()
            .sorted(Comparator.comparing(Task::getCreateTime).thenComparing(Task::getId))
            .forEach(task -> links.putIfAbsent(task.getProcessInstanceId(), TASKLIST + task.getId()));
        return links;
    }

    static String cockpit(String processInstanceId) {
        return processInstanceId == null ? null : COCKPIT + processInstanceId;
    }

}
