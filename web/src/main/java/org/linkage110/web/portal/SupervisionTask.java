package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Which task of the supervision console is open (documents, callbacks, samples, drills, video
 * checks, escalations): one at a time, named in the address, kept across the page's own posts.
 */
@Named
@ViewScoped
public class SupervisionTask implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> TASKS = List.of("documents", "callbacks", "samples", "drills", "video", "escalations");

    private String task = TASKS.get(0);

    public List<String> getTasks() {
        return TASKS;
    }

    public String getTask() {
        return task;
    }

    public void setTask(String task) {
        this.task = task != null && TASKS.contains(task) ? task : TASKS.get(0);
    }
}
