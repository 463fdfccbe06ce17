package dev.pms.account;

import dev.pms.platform.Ids;
import dev.pms.platform.security.AuthenticatedUser;
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
    private final PasswordRule passwordRule;
    private final AccountNotices notices;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, PasswordRule passwordRule, AccountNotices notices) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordRule = passwordRule;
        this.notices = notices;
    }

    /**
     * Creates the account, or, when the email is taken, leaves it alone and tells its owner. Both paths cost one
     * password hash plus one check of a password against a stored hash (the new account's is done by the
     * sign-in that follows), so that the time taken does not tell them apart either.
     */
    @Transactional
    public SignUpResult signUp(SignUpCommand command) {
        passwordRule.problemWith(command.password()).ifPresent(problem -> {
            throw ProblemException.invalid("password", problem);
        });
        String email = command.email().trim();
        String hash = passwordEncoder.encode(command.password());
        Optional<AuthenticatedUser> existing = users.credentials(email);
        if (existing.isPresent()) {
            passwordEncoder.matches(command.password(), existing.get().getPassword());
            notices.someoneSignedUpAs(existing.get().email());
            return new SignUpResult(Optional.empty());
        }
        try {
            return new SignUpResult(Optional.of(users.insert(Ids.next(), email, command.name().trim(), hash)));
        } catch (DuplicateKeyException raced) {
            return new SignUpResult(Optional.empty());
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
