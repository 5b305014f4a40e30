package org.filmclub.base.mail;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * In development and the tests, when no mail server is set ({@code spring.mail.host}), an SMTP server
 * in the JVM (GreenMail) on a local port catches every mail, and {@link DevMailbox} shows them. Never
 * with {@code prod}: there, without a server, mail waits in the outbox.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class DevMailServer {

    private static final Logger log = LoggerFactory.getLogger(DevMailServer.class);
    private static final String LOOPBACK = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    GreenMail devSmtpServer(@Value("${filmclub.mail.dev-port:0}") int port) {
        var setup = new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP);
        var server = new GreenMail(port == 0 ? setup.dynamicPort() : setup)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        log.info(
                "Mail is caught by a local SMTP server on port {}, and shown at /dev/mail",
                server.getSmtp().getPort());
        return (GreenMail) server;
    }

    @Bean
    JavaMailSenderImpl devMailSender(GreenMail server) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(LOOPBACK);
        sender.setPort(server.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        var properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    @Bean
    DevMailbox devMailbox(GreenMail server) {
        return new DevMailbox(server);
    }
}
