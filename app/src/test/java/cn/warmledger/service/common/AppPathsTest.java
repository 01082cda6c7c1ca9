package cn.warmledger.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppPathsTest {
    @Test
    void theArgumentWinsThenThePropertyThenThePerOsFolder() {
        assertThat(AppPaths.resolve("/x/arg", "/x/prop", Map.of(), "Linux", "/home/a").dataDir())
                .isEqualTo(Path.of("/x/arg"));
        assertThat(AppPaths.resolve(null, "/x/prop", Map.of(), "Linux", "/home/a").dataDir())
                .isEqualTo(Path.of("/x/prop"));
        assertThat(AppPaths.resolve(null, null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/a").dataDir())
                .isEqualTo(Path.of("/xdg/warmledger"));
        assertThat(AppPaths.resolve(null, null, Map.of(), "Linux", "/home/a").dataDir())
                .isEqualTo(Path.of("/home/a/.local/share/warmledger"));
        assertThat(AppPaths.resolve(null, null, Map.of("APPDATA", "C:/Users/a/AppData/Roaming"), "Windows 10", "C:/Users/a")
                .dataDir()).isEqualTo(Path.of("C:/Users/a/AppData/Roaming", "WarmLedger"));
    }
}
