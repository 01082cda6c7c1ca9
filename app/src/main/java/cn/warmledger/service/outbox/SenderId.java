package cn.warmledger.service.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import cn.warmledger.service.common.AppPaths;

/**
 * Who holds a submission 发送中 when several PCs send from one server: {@code <pc>/<run>}. The PC part is a random id
 * kept in this data folder's outbox (so the same PC after a crash knows its own earlier claims); the run part is new
 * each time the app starts (so a second app sharing the folder never takes the first one's sends back). Read on
 * first use only, keeping the file out of the sign-in's path.
 */
final class SenderId {
    private static final String FILE = "sender-id";
    private final AppPaths paths;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private String pc;

    SenderId(AppPaths paths) {
        this.paths = paths;
    }

    /** What every claim of this PC starts with. */
    synchronized String pcPrefix() {
        if (pc == null) {
            pc = readOrCreate(paths.outboxDir().resolve(FILE));
        }
        return pc + "/";
    }

    /** This run's claims. */
    String claimant() {
        return pcPrefix() + run;
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (id.matches("[0-9a-f-]{36}")) {
                    return id;
                }
            }
            String id = UUID.randomUUID().toString();
            Files.createDirectories(file.getParent());
            Files.writeString(file, id, StandardCharsets.UTF_8);
            return id;
        } catch (IOException e) {
            // a read-only folder: this run still has an id of its own; its crash is recovered as a stale send
            return UUID.randomUUID().toString();
        }
    }
}
