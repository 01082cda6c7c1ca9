package cn.warmledger.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.common.ClerkMessages;
import cn.warmledger.service.common.Version;
import cn.warmledger.service.safety.DamagedFolderRestore;

/**
 * The headless command line (design.md "Command line"). Exit codes: 0 ok, 1 failure, 2 bad arguments;
 * messages in Chinese on stderr, never with personal data.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private final Map<String, Command> commands = new LinkedHashMap<>();
    private final Map<String, String> env;

    public Cli() {
        this(System.getenv());
    }

    /** {@code env} supplies WARMLEDGER_PASSWORD (tests pass their own). */
    public Cli(Map<String, String> env) {
        this.env = env;
        commands.put("self-check", new SelfCheckCommand());
        commands.put("recipients", new RecipientsCommand());
        commands.put("demo", new DemoCommand());
        commands.put("export", new ExportCommand());
        commands.put("import", new ImportCommand());
        commands.put("backup", new BackupCommand());
        commands.put("restore", new RestoreCommand());
        commands.put("audit", new AuditCommand());
        commands.put("outbox", new OutboxCommand());
        commands.put("settings", new SettingsCommand());
        commands.put("campaigns", new CampaignsCommand());
        commands.put("visits", new VisitsCommand());
        commands.put("bench", new BenchCommand(env));
        commands.put("units", new UnitsCommand());
        commands.put("collect", new CollectCommand());
        commands.put("consolidate", new ConsolidateCommand());
        commands.put("db", new DbCommand(env));
        commands.put("print", new PrintCommand(new cn.warmledger.service.printing.PrinterService()));
    }

    /** True when the arguments name a command (or --version) rather than asking for the window. */
    public static boolean wantsCommandLine(String[] args) {
        Arguments parsed = Arguments.parse(args);
        return !parsed.words().isEmpty() || parsed.flag("--version") || parsed.flag("--help");
    }

    /**
     * A new data folder is encrypted unless the caller says otherwise (docs/decisions/19-1): without a password
     * it is refused unless {@code --unencrypted} is given (then stderr says so); a new password must be strong
     * enough, as in the window. An existing folder opens as it is.
     */
    private static void checkNewFolder(AppPaths paths, DatabasePassword password, boolean unencrypted,
                                       PrintStream err) {
        if (password != null && unencrypted) {
            throw new UsageException(Messages.get("cli.unencryptedWithPassword"));
        }
        if (AppContext.folderState(paths) != AppContext.FolderState.NEW) {
            return;
        }
        if (password != null) {
            password.checkStrongEnough();
        } else if (unencrypted) {
            err.println(Messages.get("cli.newFolderUnencrypted", paths.dataDir()));
        } else {
            throw new UsageException(Messages.get("cli.newFolderNeedsPassword", paths.dataDir()));
        }
    }

    /** The application on the server; the data folder keeps this PC's own files (exports, inbox). */
    private AppContext openServer(AppPaths paths, ServerAddress server, String dbPasswordFile) {
        char[] password = PasswordSource.serverPassword(env, dbPasswordFile);
        try {
            return AppContext.openServer(paths, server, password);
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    public int run(String[] argv, PrintStream out, PrintStream err) {
        AppContext[] opened = new AppContext[1];
        try {
            Arguments args = Arguments.parse(argv);
            String dataDir = args.option("--data-dir").orElse(null);
            if (args.option("--password").isPresent()) {
                throw new UsageException(Messages.get("cli.passwordArgument"));
            }
            String passwordFile = args.option("--password-file").orElse(null);
            if (args.option("--db-password").isPresent()) {
                throw new UsageException(Messages.get("cli.dbPasswordArgument"));
            }
            // the office's PostgreSQL server instead of the data folder's H2 file (issue 18)
            ServerAddress server = args.option("--database").map(ServerAddress::parse).orElse(null);
            String dbPasswordFile = args.option("--db-password-file").orElse(null);
            boolean unencrypted = args.flag("--unencrypted");
            if (args.flag("--version")) {
                out.println("WarmLedger " + Version.current());
                return OK;
            }
            String word = args.word(0);
            if (word == null || args.flag("--help")) {
                // features add their lines under cli.usage.<feature> without touching the shared ones
                Usage.print(out);
                return word == null && !args.flag("--help") ? USAGE : OK;
            }
            Command command = commands.get(word);
            if (command == null) {
                throw new UsageException(Messages.get("cli.unknownCommand", word));
            }
            return command.run(new Invocation(args, out, err, () -> {
                if (opened[0] == null && server != null) {
                    opened[0] = openServer(AppPaths.resolve(dataDir), server, dbPasswordFile);
                }
                if (opened[0] == null) {
                    AppPaths paths = AppPaths.resolve(dataDir);
                    DatabasePassword password = PasswordSource.resolve(env, passwordFile);
                    checkNewFolder(paths, password, unencrypted, err);
                    opened[0] = AppContext.open(paths, password);
                }
                return opened[0];
            }, () -> AppPaths.resolve(dataDir), () -> PasswordSource.resolve(env, passwordFile)));
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(Messages.get("cli.seeHelp"));
            return USAGE;
        } catch (InvalidValueException e) {
            err.println(e.getMessage());
            return FAILURE;
        } catch (DamagedDatabaseException e) {
            err.println(Messages.get("cli.failed", e.getMessage()));
            // the backup to name (the message says which); restore works without opening the damaged file
            String dataDir = Arguments.parse(argv).option("--data-dir").orElse(null);
            new DamagedFolderRestore(AppPaths.resolve(dataDir)).newest()
                    .ifPresent(b -> err.println(Messages.get("cli.damaged.hint", b)));
            return FAILURE;
        } catch (Exception e) {
            // never H2's text, jOOQ's SQL or an English exception: ClerkMessages says it in Chinese
            err.println(Messages.get("cli.failed", ClerkMessages.of(e)));
            return FAILURE;
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }
}
