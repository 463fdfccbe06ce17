package dev.pms.ops;

import dev.pms.account.AccountService;
import dev.pms.account.SignUpCommand;
import dev.pms.account.User;
import dev.pms.project.Project;
import dev.pms.project.ProjectService;
import dev.pms.task.CreateTaskCommand;
import dev.pms.task.Priority;
import dev.pms.task.TaskService;
import dev.pms.task.TaskStatus;
import dev.pms.workspace.Workspace;
import dev.pms.workspace.WorkspaceAccess;
import dev.pms.workspace.WorkspaceQueries;
import dev.pms.workspace.WorkspaceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** With PMS_DEMO=true, a first start creates a small populated workspace and prints how to sign in to it. */
@Component
@ConditionalOnBooleanProperty("pms.demo.enabled")
class DemoData implements ApplicationRunner {
    static final String EMAIL = "demo@pms.local";
    static final String PASSWORD = "demo-password";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private final AccountService accounts;
    private final WorkspaceService workspaces;
    private final WorkspaceQueries memberships;
    private final ProjectService projects;
    private final TaskService tasks;

    DemoData(AccountService accounts, WorkspaceService workspaces, WorkspaceQueries memberships, ProjectService projects,
             TaskService tasks) {
        this.accounts = accounts;
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.projects = projects;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByEmail(EMAIL).isEmpty()) {
            create();
        }
        log.info("Demo workspace ready: sign in as {} with password {}", EMAIL, PASSWORD);
    }

    private void create() {
        User demo = accounts.signUp(new SignUpCommand(EMAIL, "Demo User", PASSWORD)).created().orElseThrow();
        Workspace workspace = workspaces.create(demo.id(), "Demo Workspace");
        WorkspaceAccess access = memberships.accessOf(workspace.id(), demo.id()).orElseThrow();
        SplittableRandom random = new SplittableRandom(7);
        for (String name : List.of("Website relaunch", "Mobile app", "Customer onboarding")) {
            Project project = projects.create(access, name, "Demo project: " + name.toLowerCase());
            for (int i = 0; i < 20; i++) {
                TaskStatus status = TaskStatus.values()[random.nextInt(TaskStatus.values().length)];
                Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
                LocalDate due = random.nextBoolean() ? LocalDate.now().plusDays(random.nextInt(-10, 30)) : null;
                tasks.create(access, new CreateTaskCommand(project.id(), SeedData.title(random),
                        "A demo task to try the board, table and calendar.", status, priority,
                        random.nextInt(3) > 0 ? demo.id() : null, due));
            }
        }
    }
}
