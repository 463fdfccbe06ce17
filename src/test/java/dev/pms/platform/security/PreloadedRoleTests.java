package dev.pms.platform.security;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PreloadedRoleTests {
    private static final UUID WORKSPACE = UUID.fromString("01a234df-ea90-7043-a94f-913b9ef448dd");

    @Test
    void theWorkspaceIsTakenFromAWorkspacePathOnly() {
        assertThat(PreloadedRole.workspaceOf("/api/v1/workspaces/" + WORKSPACE + "/tasks")).isEqualTo(WORKSPACE);
        assertThat(PreloadedRole.workspaceOf("/api/v1/workspaces/" + WORKSPACE)).isEqualTo(WORKSPACE);
        assertThat(PreloadedRole.workspaceOf("/api/v1/workspaces/")).isNull();
        assertThat(PreloadedRole.workspaceOf("/api/v1/workspaces/not-a-uuid/tasks")).isNull();
        assertThat(PreloadedRole.workspaceOf("/api/v1/workspaces")).isNull();
        assertThat(PreloadedRole.workspaceOf("/api/v1/me")).isNull();
        assertThat(PreloadedRole.workspaceOf("/w/" + WORKSPACE)).isNull();
    }
}
