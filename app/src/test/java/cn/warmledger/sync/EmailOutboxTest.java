package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.outbox.SendOutcome;
import cn.warmledger.service.settings.SettingKeys;

/**
 * The e-mail transport against GreenMail on 127.0.0.1 (SMTP and IMAP over SSL with the test's own
 * certificate, host checks on): what arrives is read back over IMAP, names and bytes compared.
 */
class EmailOutboxTest {
    private static final String TOWNSHIP = "township@example.com";
    private static final String COUNTY = "county@example.com";
    @TempDir
    Path dir;
    OutboxFixture fx;
    GreenMail mail;
    int smtpsPort;
    int imapsPort;

    @BeforeEach
    void setUp() {
        TestCertificate.trusting(); // GreenMail reads the keystore settings once: make them first
        smtpsPort = Ports.free();
        imapsPort = Ports.free();
        fx = new OutboxFixture(dir);
        fx.set(SettingKeys.SYNC_TRANSPORT, "email", SettingKeys.EMAIL_HOST, "127.0.0.1",
                SettingKeys.EMAIL_PORT, String.valueOf(smtpsPort), SettingKeys.EMAIL_SECURITY, "ssl",
                SettingKeys.EMAIL_USER, TOWNSHIP, SettingKeys.EMAIL_PASSWORD, "授权码abc123",
                SettingKeys.EMAIL_TO, COUNTY);
    }

    @AfterEach
    void tearDown() {
        fx.close();
        if (mail != null) {
            mail.stop();
        }
    }

    private void startMail() {
        mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpsPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS),
                new ServerSetup(imapsPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAPS)});
        mail.setUser(TOWNSHIP, TOWNSHIP, "授权码abc123");
        mail.setUser(COUNTY, COUNTY, "county-secret");
        mail.start();
    }

    @Test
    void aSubmissionArrivesWithItsChineseAttachmentNamesAndBytesIntact() throws Exception {
        startMail();
        Submission s = fx.enqueue();
        List<SendOutcome> outcomes = fx.app().outboxWorker().runOnce();

        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
        Submission sent = fx.app().outbox().find(s.id()).orElseThrow();
        assertThat(sent.state()).isEqualTo(SubmissionState.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.target()).isEqualTo("邮件 → " + COUNTY);

        List<Received> inbox = readInbox();
        assertThat(inbox).hasSize(1);
        Received r = inbox.get(0);
        assertThat(r.subject()).isEqualTo("【上报】城关镇总工会 困难职工帮扶统计表 2026年春节送温暖 " + s.id());
        assertThat(r.messageId()).isEqualTo("<" + s.id() + "@warmledger>");
        String xlsxName = "城关镇总工会_困难职工帮扶统计表_" + s.id() + ".xlsx";
        assertThat(r.attachments()).containsOnlyKeys(xlsxName, "manifest-" + s.id() + ".json");
        assertThat(r.attachments().get(xlsxName)).isEqualTo(Files.readAllBytes(s.files().get(0).path()));
        Manifest manifest = cn.warmledger.service.outbox.ManifestJson.read(
                new String(r.attachments().get("manifest-" + s.id() + ".json"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(manifest.submissionId()).isEqualTo(s.id());
        assertThat(manifest.organizationName()).isEqualTo("城关镇总工会");
        assertThat(manifest.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo(xlsxName);
            assertThat(f.sha256()).isEqualTo(s.files().get(0).sha256());
        });
        assertThat(manifest.figures().get("cash")).hasToString("14400.00");
        assertThat(r.text()).contains("上报编号：" + s.id());

        // nothing more to do: a second pass sends nothing again
        assertThat(fx.app().outboxWorker().runOnce()).isEmpty();
        assertThat(readInbox()).hasSize(1);
    }

    @Test
    void serverDownAtFirstThenUpDeliversExactlyOnce() throws Exception {
        Submission s = fx.enqueue();
        List<SendOutcome> first = fx.app().outboxWorker().runOnce();
        assertThat(first).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(SubmissionState.FAILED);
            assertThat(o.message()).startsWith("网络不通：恢复后自动重试");
        });
        Submission failed = fx.app().outbox().find(s.id()).orElseThrow();
        assertThat(failed.permanentError()).isFalse();
        assertThat(failed.nextAttemptAt()).isEqualTo(java.time.LocalDateTime.now(fx.clock).plusMinutes(1));
        // still in its back-off: the next pass leaves it alone
        assertThat(fx.app().outboxWorker().runOnce()).isEmpty();

        startMail();
        fx.clock.advance(Duration.ofSeconds(30));
        // the server answers again: the waiting submission goes at once, before its back-off ends
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
        fx.clock.advance(Duration.ofHours(2));
        assertThat(fx.app().outboxWorker().runOnce()).isEmpty();
        assertThat(readInbox()).hasSize(1);
        assertThat(fx.app().outbox().find(s.id()).orElseThrow().attempts()).isEqualTo(2);
    }

    @Test
    void aWrongAuthorisationCodeFailsWithTheHintAndIsNotRetriedUntilTheSettingsChange() throws Exception {
        startMail();
        fx.set(SettingKeys.EMAIL_PASSWORD, "登录密码");
        Submission s = fx.enqueue();
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.message()).startsWith("认证失败：请检查邮箱账号和授权码"));
        for (int i = 0; i < 5; i++) {
            fx.clock.advance(Duration.ofHours(3));
            assertThat(fx.app().outboxWorker().runOnce()).isEmpty();
        }
        Submission failed = fx.app().outbox().find(s.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(SubmissionState.FAILED);
        assertThat(failed.permanentError()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("授权码");
        assertThat(readInbox()).isEmpty();

        fx.set(SettingKeys.EMAIL_PASSWORD, "授权码abc123");
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
        assertThat(fx.app().outbox().find(s.id()).orElseThrow().attempts()).isEqualTo(2);
        assertThat(readInbox()).hasSize(1);
    }

    @Test
    void misconfiguredEncryptionIsASettingsErrorNotARetry() throws Exception {
        startMail();
        // STARTTLS is required, never a silent fall-back to plain text: GreenMail's plain SMTP has none
        int plainSmtp = Ports.free();
        GreenMail plain = new GreenMail(new ServerSetup(plainSmtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        plain.start();
        try {
            fx.set(SettingKeys.EMAIL_SECURITY, "starttls", SettingKeys.EMAIL_PORT, String.valueOf(plainSmtp));
            assertThat(fx.app().outbox().testConnection(fx.app().outbox().currentSettings()))
                    .hasValueSatisfying(m -> assertThat(m).startsWith("服务器不支持 STARTTLS"));
            // SSL spoken to a plain port
            fx.set(SettingKeys.EMAIL_SECURITY, "ssl");
            assertThat(fx.app().outbox().testConnection(fx.app().outbox().currentSettings()))
                    .hasValueSatisfying(m -> assertThat(m).startsWith("加密方式与端口不符"));
        } finally {
            plain.stop();
        }
        // a certificate the JDK does not trust
        fx.set(SettingKeys.EMAIL_PORT, String.valueOf(smtpsPort));
        cn.warmledger.service.outbox.OutboxService strict = new cn.warmledger.service.outbox.OutboxService(null, fx.app().settings(),
                new cn.warmledger.service.outbox.Transports(), null, null, fx.clock);
        assertThat(strict.testConnection(fx.app().outbox().currentSettings()))
                .hasValueSatisfying(m -> assertThat(m).startsWith("服务器证书不受信任"));
        // and all of it fixed
        assertThat(fx.app().outbox().testConnection(fx.app().outbox().currentSettings())).isEmpty();
    }

    @Test
    void aRelayInsideTheOfficeNetworkTakesPlainSmtpWithoutLogin() throws Exception {
        int plainSmtp = Ports.free();
        GreenMail relay = new GreenMail(new ServerSetup(plainSmtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        try {
            fx.set(SettingKeys.EMAIL_SECURITY, "none", SettingKeys.EMAIL_PORT, String.valueOf(plainSmtp),
                    SettingKeys.EMAIL_USER, "", SettingKeys.EMAIL_FROM, TOWNSHIP);
            Submission s = fx.enqueue();
            assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                    .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
            assertThat(relay.getReceivedMessages()).singleElement()
                    .satisfies(m -> assertThat(m.getSubject()).endsWith(s.id()));
        } finally {
            relay.stop();
        }
    }

    @Test
    void twoMegabytesOverSmtpsOnLoopback() throws Exception {
        startMail();
        Submission s = fx.enqueue(fx.xlsx("城关镇总工会_大表.xlsx", 2 * 1024 * 1024));
        long start = System.nanoTime();
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("[timing] " + s.files().get(0).sizeBytes() + " bytes by SMTP over SSL: " + millis + " ms");
        // checked on the server side: reading 2 MB back over IMAP would time IMAP, not the outbox
        assertThat(mail.getReceivedMessages()).singleElement()
                .satisfies(m -> assertThat(m.getSize()).isGreaterThan((int) s.files().get(0).sizeBytes()));
    }

    record Received(String subject, String messageId, String text, Map<String, byte[]> attachments) {
    }

    /** The county's mailbox, read over IMAP with SSL (the collecting side's way in). */
    private List<Received> readInbox() throws Exception {
        Properties p = new Properties();
        p.put("mail.imaps.ssl.socketFactory", TestCertificate.trusting().getSocketFactory());
        p.put("mail.imaps.ssl.checkserveridentity", "true");
        p.put("mail.imaps.partialfetch", "false");
        p.put("mail.imaps.connectiontimeout", "5000");
        p.put("mail.imaps.timeout", "5000");
        Session session = Session.getInstance(p);
        List<Received> result = new ArrayList<>();
        try (Store store = session.getStore("imaps")) {
            store.connect("127.0.0.1", imapsPort, COUNTY, "county-secret");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message m : inbox.getMessages()) {
                Map<String, byte[]> attachments = new LinkedHashMap<>();
                String text = null;
                Multipart mp = (Multipart) m.getContent();
                for (int i = 0; i < mp.getCount(); i++) {
                    BodyPart part = mp.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                        try (InputStream in = part.getInputStream()) {
                            attachments.put(part.getFileName(), in.readAllBytes());
                        }
                    } else {
                        text = (String) part.getContent();
                    }
                }
                result.add(new Received(m.getSubject(), m.getHeader("Message-ID")[0], text, attachments));
            }
            inbox.close(false);
        }
        return result;
    }
}
