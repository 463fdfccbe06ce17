package dev.pms.platform.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The signed-in person as every request sees them; kept in the shared session, so without secrets once signed in. */
public final class AuthenticatedUser implements UserDetails, CredentialsContainer {
    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID id;
    private final String email;
    private final String name;
    private final boolean instanceAdmin;
    private String passwordHash;

    public AuthenticatedUser(UUID id, String email, String name, boolean instanceAdmin, String passwordHash) {
        this.id = id;
        this.email = email;
        this.name = name;
        this.instanceAdmin = instanceAdmin;
        this.passwordHash = passwordHash;
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public boolean instanceAdmin() {
        return instanceAdmin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return instanceAdmin ? List.of(new SimpleGrantedAuthority("ROLE_INSTANCE_ADMIN")) : List.of();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
