package cn.warmledger.transport;

import java.nio.file.Path;
import java.util.List;

import cn.warmledger.domain.ReceivedSource;

/**
 * One submission as a collector found it: the manifest's text, the files it names that could be fetched (each
 * under the manifest's name; a missing one is simply absent), who sent it (mail address, folder name), where
 * it came from, and a short description of the place (mail subject, URL, path) for messages.
 */
public record IncomingParcel(String submissionId, String manifestJson, List<Path> files, String sender,
                             ReceivedSource source, String origin) {
    public IncomingParcel {
        files = List.copyOf(files);
    }
}
