package dev.pms.account.api;

import dev.pms.account.ApiToken;
import dev.pms.account.ApiTokenService;
import dev.pms.platform.security.AuthenticatedUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/me/tokens")
class TokenApiController {
    private final ApiTokenService tokens;

    TokenApiController(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /** {@code expiresAt} (an instant such as 2027-06-30T00:00:00Z) is optional: without it the token lasts until revoked. */
    record CreateTokenRequest(@NotBlank @Size(max = 100) String name, Instant expiresAt) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokenService.CreatedToken create(@AuthenticationPrincipal AuthenticatedUser user, @Valid @RequestBody CreateTokenRequest body) {
        return tokens.create(user.id(), body.name(), body.expiresAt());
    }

    @GetMapping
    List<ApiToken> list(@AuthenticationPrincipal AuthenticatedUser user) {
        return tokens.list(user.id());
    }

    @DeleteMapping("/{tokenId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable UUID tokenId) {
        tokens.revoke(user.id(), tokenId);
    }
}
