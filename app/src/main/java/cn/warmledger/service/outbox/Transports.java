package cn.warmledger.service.outbox;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javax.net.ssl.SSLContext;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.TransportKind;
import cn.warmledger.transport.EmailSettings;
import cn.warmledger.transport.EmailTransport;
import cn.warmledger.transport.FolderTransport;
import cn.warmledger.transport.Hashes;
import cn.warmledger.transport.Transport;
import cn.warmledger.transport.TransportException;
import cn.warmledger.transport.WebDavSettings;
import cn.warmledger.transport.WebDavTransport;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;

/**
 * Builds the transport the settings ask for (设置 → 上报方式). The window and the command line use the
 * JDK's trusted certificates; tests pass an SSL context that trusts the certificate they made.
 */
public final class Transports {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private final SSLContext sslContext;
    private final Duration timeout;

    public Transports() {
        this(null, DEFAULT_TIMEOUT);
    }

    public Transports(SSLContext sslContext, Duration timeout) {
        this.sslContext = sslContext;
        this.timeout = timeout;
    }

    /** The SSL context clients trust (null: the JDK's certificates); the collectors (汇总) use the same. */
    public SSLContext sslContext() {
        return sslContext;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Every sync.* setting, read once, with a fingerprint that changes whenever one of them does. */
    public record Snapshot(Map<String, String> values) {
        public Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
        }

        /** SHA-256 of the settings (secrets included, never shown): stored with a failure retrying cannot fix. */
        public String version() {
            StringBuilder all = new StringBuilder();
            values.forEach((k, v) -> all.append(k).append('=').append(v).append('\n'));
            return Hashes.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public static Snapshot snapshot(Function<String, Optional<String>> settings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : new String[] {SettingKeys.SYNC_TRANSPORT, SettingKeys.EMAIL_HOST, SettingKeys.EMAIL_PORT,
                SettingKeys.EMAIL_SECURITY, SettingKeys.EMAIL_USER, SettingKeys.EMAIL_PASSWORD, SettingKeys.EMAIL_FROM,
                SettingKeys.EMAIL_TO, SettingKeys.WEBDAV_URL, SettingKeys.WEBDAV_USER, SettingKeys.WEBDAV_PASSWORD,
                SettingKeys.FOLDER_PATH}) {
            values.put(key, settings.apply(key).orElse(""));
        }
        return new Snapshot(values);
    }

    /** The transport of the settings, or why there is none yet (nothing was tried then). */
    public Transport create(Snapshot s) throws TransportException {
        String kind = s.get(SettingKeys.SYNC_TRANSPORT).orElseThrow(() ->
                TransportException.fixSettings(null, "sync.error.notConfigured"));
        return switch (SettingsService.transportKind(kind)) {
            case EMAIL -> new EmailTransport(email(s), sslContext);
            case WEBDAV -> new WebDavTransport(new WebDavSettings(require(s, SettingKeys.WEBDAV_URL),
                    s.get(SettingKeys.WEBDAV_USER).orElse(null), s.get(SettingKeys.WEBDAV_PASSWORD).orElse(null),
                    timeout), sslContext);
            case FOLDER -> new FolderTransport(Path.of(require(s, SettingKeys.FOLDER_PATH)));
        };
    }

    private EmailSettings email(Snapshot s) throws TransportException {
        EmailSecurity security = s.get(SettingKeys.EMAIL_SECURITY)
                .flatMap(v -> CodedEnum.fromText(EmailSecurity.class, v)).orElse(EmailSecurity.SSL);
        int defaultPort = switch (security) {
            case SSL -> 465;
            case STARTTLS -> 587;
            case NONE -> 25;
        };
        int port = s.get(SettingKeys.EMAIL_PORT).map(Integer::parseInt).orElse(defaultPort);
        return new EmailSettings(require(s, SettingKeys.EMAIL_HOST), port, security,
                s.get(SettingKeys.EMAIL_USER).orElse(null), s.get(SettingKeys.EMAIL_PASSWORD).orElse(null),
                s.get(SettingKeys.EMAIL_FROM).orElse(null), require(s, SettingKeys.EMAIL_TO), timeout);
    }

    private static String require(Snapshot s, String key) throws TransportException {
        Optional<String> v = s.get(key);
        if (v.isEmpty()) {
            throw TransportException.fixSettings(null, "sync.error.incomplete", SettingsService.meaning(key));
        }
        return v.get();
    }

    /** The kind the settings name, if any (for the settings screen). */
    public static Optional<TransportKind> kind(Snapshot s) {
        return s.get(SettingKeys.SYNC_TRANSPORT).map(SettingsService::transportKind);
    }
}
