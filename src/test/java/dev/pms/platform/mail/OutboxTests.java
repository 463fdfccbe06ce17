package dev.pms.platform.mail;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxTests {
    private static final MailProperties PROPERTIES = new MailProperties("pms@example.com");

    @Test
    void withoutSmtpNothingIsSent() {
        Outbox outbox = new Outbox(new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), PROPERTIES);
        assertThat(outbox.enabled()).isFalse();
        assertThat(outbox.send("ann@example.com", "Hello", "Text")).isFalse();
    }

    @Test
    void withSmtpTheEmailIsHandedToTheServerFromTheConfiguredAddress() throws InterruptedException {
        BlockingQueue<SimpleMailMessage> sent = new LinkedBlockingQueue<>();
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("mailSender", new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                sent.addAll(java.util.List.of(messages));
            }
        });
        Outbox outbox = new Outbox(beans.getBeanProvider(JavaMailSender.class), PROPERTIES);
        assertThat(outbox.enabled()).isTrue();
        assertThat(outbox.send("ann@example.com", "Hello", "Text")).isTrue();
        SimpleMailMessage message = sent.poll(5, TimeUnit.SECONDS);
        assertThat(message).isNotNull();
        assertThat(message.getTo()).containsExactly("ann@example.com");
        assertThat(message.getFrom()).isEqualTo("pms@example.com");
        assertThat(message.getSubject()).isEqualTo("Hello");
    }
}
