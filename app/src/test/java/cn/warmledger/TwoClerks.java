package cn.warmledger;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.service.app.AppContext;

/**
 * Two PCs of one office on one database (an H2 file, or the PostgreSQL test cluster in the suite's second run):
 * 张三 on {@link #a}, 李四 on {@link #b}.
 */
public abstract class TwoClerks {
    @TempDir
    protected Path dir;
    protected SharedDatabase db;
    protected AppContext a;
    protected AppContext b;

    @BeforeEach
    void openTwoClerks() {
        db = SharedDatabase.open(dir);
        a = db.clerk("张三");
        b = db.clerk("李四");
    }

    @AfterEach
    void closeTwoClerks() {
        db.close();
    }
}
