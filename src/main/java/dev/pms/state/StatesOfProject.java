package dev.pms.state;

import dev.pms.task.ProjectStates;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.WorkspaceAccess;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A project's states for its board: in order, each marked when it is the first of its category. */
@Component
class StatesOfProject implements ProjectStates {
    private final StateService states;

    StatesOfProject(StateService states) {
        this.states = states;
    }

    @Override
    public List<State> of(WorkspaceAccess access, UUID projectId) {
        Set<TaskStatus> seen = EnumSet.noneOf(TaskStatus.class);
        return states.list(access, projectId).stream()
                .map(s -> new State(s.id(), s.name(), s.category(), seen.add(s.category()))).toList();
    }
}
