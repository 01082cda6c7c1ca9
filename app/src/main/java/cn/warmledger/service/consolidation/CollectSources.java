package cn.warmledger.service.consolidation;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.service.outbox.Transports;
import cn.warmledger.transport.Collector;
import cn.warmledger.transport.FolderCollector;
import cn.warmledger.transport.ImapCollector;
import cn.warmledger.transport.ImapSettings;
import cn.warmledger.transport.TransportException;
import cn.warmledger.transport.WebDavCollector;
import cn.warmledger.transport.WebDavSettings;

/** Builds the collector the collect.* settings ask for, trusting what the outbox's transports trust. */
final class CollectSources {
    static final String DEFAULT_MAIL_FOLDER = "INBOX";
    private final Transports transports;

    CollectSources(Transports transports) {
        this.transports = transports;
    }

    Collector create(Function<String, Optional<String>> settings) throws TransportException {
        String source = settings.apply(SettingKeys.COLLECT_SOURCE).orElseThrow(() ->
                TransportException.fixSettings(null, "collect.error.notConfigured"));
        return switch (SettingsService.collectSource(source)) {
            case IMAP -> new ImapCollector(imap(settings), transports.sslContext());
            case WEBDAV -> new WebDavCollector(new WebDavSettings(require(settings, SettingKeys.COLLECT_WEBDAV_URL),
                    settings.apply(SettingKeys.COLLECT_WEBDAV_USER).orElse(null),
                    settings.apply(SettingKeys.COLLECT_WEBDAV_PASSWORD).orElse(null), transports.timeout()),
                    transports.sslContext());
            case FOLDER, MANUAL -> folder(Path.of(require(settings, SettingKeys.COLLECT_FOLDER_PATH)));
        };
    }

    Collector folder(Path folder) {
        return new FolderCollector(folder);
    }

    private ImapSettings imap(Function<String, Optional<String>> s) throws TransportException {
        EmailSecurity security = s.apply(SettingKeys.COLLECT_IMAP_SECURITY)
                .flatMap(v -> CodedEnum.fromText(EmailSecurity.class, v)).orElse(EmailSecurity.SSL);
        int defaultPort = security == EmailSecurity.SSL ? 993 : 143;
        int port = s.apply(SettingKeys.COLLECT_IMAP_PORT).map(Integer::parseInt).orElse(defaultPort);
        return new ImapSettings(require(s, SettingKeys.COLLECT_IMAP_HOST), port, security,
                require(s, SettingKeys.COLLECT_IMAP_USER), s.apply(SettingKeys.COLLECT_IMAP_PASSWORD).orElse(""),
                s.apply(SettingKeys.COLLECT_IMAP_FOLDER).orElse(DEFAULT_MAIL_FOLDER), transports.timeout());
    }

    private static String require(Function<String, Optional<String>> s, String key) throws TransportException {
        Optional<String> v = s.apply(key);
        if (v.isEmpty()) {
            throw TransportException.fixSettings(null, "collect.error.incomplete",
                    cn.warmledger.domain.Messages.get("setting." + key));
        }
        return v.get();
    }
}
