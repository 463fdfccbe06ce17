package dev.pms.notification;

import dev.pms.support.Api;
import dev.pms.support.Response;

import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Comments posted through the comment API, mentioning people as the comment box writes them ("@" and their email). */
final class CommentEvents {
    private CommentEvents() {
    }

    static UUID comment(Api author, String workspaceId, String taskId, Api... mentioned) {
        String mentions = Arrays.stream(mentioned).map(person -> "@" + person.email()).collect(Collectors.joining(" "));
        Response posted = author.post("/api/v1/workspaces/" + workspaceId + "/tasks/" + taskId + "/comments",
                Map.of("body", ("A word on this. " + mentions).strip()));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return UUID.fromString(posted.get("id"));
    }
}
