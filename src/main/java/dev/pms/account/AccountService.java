package dev.pms.account;

import dev.pms.platform.Ids;
import dev.pms.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;
import java.util.UUID;

/** Creates accounts and answers Spring Security's question "who is this email?". */
@Service
public class AccountService implements UserDetailsService {
    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional
    public User signUp(SignUpCommand command) {
        String email = command.email().trim();
        if (users.emailTaken(email)) {
            throw ProblemException.conflict("email-taken", "An account with this email already exists.");
        }
        try {
            return users.insert(Ids.next(), email, command.name().trim(), passwordEncoder.encode(command.password()));
        } catch (DuplicateKeyException raced) {
            throw ProblemException.conflict("email-taken", "An account with this email already exists.");
        }
    }

    @Transactional(readOnly = true)
    public Optional<User> find(UUID id) {
        return users.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<User> findByEmail(String email) {
        return users.findByEmail(email);
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return users.credentials(email).orElseThrow(() -> new UsernameNotFoundException("unknown email"));
    }
}
