package cn.warmledger.service.printing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import javax.print.DocFlavor;
import javax.print.DocPrintJob;
import javax.print.PrintException;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import javax.print.SimpleDoc;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.Copies;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.MediaSize;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.PrinterIsAcceptingJobs;
import javax.print.event.PrintJobAdapter;
import javax.print.event.PrintJobEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.PrintLayout;
import cn.warmledger.domain.SheetGrid;

/**
 * Prints a filled sheet: lays it out as its .xlsx prints ({@link PrintLayout}), draws the pages as a PDF with text
 * as text and hands that to the system's print service (on Linux CUPS, through /usr/bin/lpr of cups-bsd), or
 * draws them with Java2D for a printer that takes no PDF (Windows). Returns only when the spooler accepted the
 * job; anything else is a {@link PrintFailedException} that says why, never silence.
 */
public final class PrinterService {
    private static final Logger LOG = LoggerFactory.getLogger(PrinterService.class);
    public static final int MAX_COPIES = 99;
    private final Path lpr;

    public PrinterService() {
        this(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? null
                : Path.of("/usr/bin/lpr"));
    }

    /** {@code lpr}: the command Java's print service runs on Linux and macOS (null where it needs none). */
    public PrinterService(Path lpr) {
        this.lpr = lpr;
    }

    /** The printers the system knows, the default one first. */
    public List<String> printers() {
        List<String> names = new ArrayList<>();
        defaultPrinter().ifPresent(names::add);
        for (PrintService s : PrintServiceLookup.lookupPrintServices(null, null)) {
            if (!names.contains(s.getName())) {
                names.add(s.getName());
            }
        }
        return names;
    }

    public Optional<String> defaultPrinter() {
        return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService()).map(PrintService::getName);
    }

    public List<PrintLayout.PrintedPage> pages(SheetGrid grid) {
        return PrintLayout.layout(grid);
    }

    /**
     * One printed page as a picture ({@code pixelsPerPoint} 1 = 72 dpi), drawn by the same code as the printer's
     * pages: the print dialog's preview.
     */
    public BufferedImage image(PrintLayout.PrintedPage page, double pixelsPerPoint) {
        BufferedImage image = new BufferedImage((int) Math.ceil(page.width() * pixelsPerPoint),
                (int) Math.ceil(page.height() * pixelsPerPoint), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(pixelsPerPoint, pixelsPerPoint);
            g.setColor(Color.BLACK);
            PageDrawer.draw(page, new Graphics2DPages.Graphics2DCanvas(g, PrintFonts.family()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The pages exactly as they are sent to a PDF-capable printer. */
    public byte[] pdf(SheetGrid grid, String title) {
        return PdfPages.write(pages(grid), title, PrintControl.none());
    }

    /**
     * Sends the sheet to {@code printer} (null: the system's default printer) in {@code copies} copies. Returns
     * when the system's spooler has taken the job.
     */
    public PrintReceipt print(SheetGrid grid, String printer, int copies, String title) {
        return print(grid, printer, copies, title, PrintControl.none());
    }

    /**
     * As {@link #print(SheetGrid, String, int, String)}, reporting the pages drawn to {@code control} and stopping
     * with a {@link PrintCancelledException} when it is cancelled before the job reaches the spooler.
     */
    public PrintReceipt print(SheetGrid grid, String printer, int copies, String title, PrintControl control) {
        control.checkNotCancelled();
        if (copies < 1 || copies > MAX_COPIES) {
            throw new InvalidValueException(Messages.get("print.copies"), Messages.get("print.copiesRange", MAX_COPIES));
        }
        List<PrintLayout.PrintedPage> pages = grid == null ? List.of() : pages(grid);
        if (pages.isEmpty()) {
            throw new PrintFailedException(Messages.get("print.nothing"));
        }
        if (lpr != null && !Files.isExecutable(lpr)) {
            // Java's print service hands every job to lpr here; without it a job would vanish without a word
            throw new PrintFailedException(Messages.get("print.noLpr", lpr));
        }
        PrintService service = service(printer);
        if (service.getAttribute(PrinterIsAcceptingJobs.class) == PrinterIsAcceptingJobs.NOT_ACCEPTING_JOBS) {
            throw new PrintFailedException(Messages.get("print.notReady", service.getName()));
        }
        if (service.isDocFlavorSupported(DocFlavor.INPUT_STREAM.PDF)) {
            byte[] pdf = PdfPages.write(pages, title, control);
            control.handOver();
            printPdf(service, pdf, paper(pages.get(0)), copies, title);
        } else if (service.isDocFlavorSupported(DocFlavor.SERVICE_FORMATTED.PAGEABLE)) {
            control.handOver();
            printGraphics(service, pages, copies, title);
        } else {
            throw new PrintFailedException(Messages.get("print.unsupported", service.getName()));
        }
        LOG.info("print job accepted by {}: {} pages × {}", service.getName(), pages.size(), copies);
        return new PrintReceipt(service.getName(), pages.size(), copies);
    }

    private PrintService service(String printer) {
        PrintService[] services = PrintServiceLookup.lookupPrintServices(null, null);
        if (services.length == 0) {
            throw new PrintFailedException(Messages.get("print.noPrinters"));
        }
        if (printer == null || printer.isBlank()) {
            PrintService byDefault = PrintServiceLookup.lookupDefaultPrintService();
            if (byDefault != null) {
                return byDefault;
            }
            if (services.length == 1) {
                return services[0];
            }
            throw new PrintFailedException(Messages.get("print.choosePrinter"));
        }
        List<String> names = new ArrayList<>();
        for (PrintService s : services) {
            if (s.getName().equalsIgnoreCase(printer.strip())) {
                return s;
            }
            names.add(s.getName());
        }
        throw new PrintFailedException(Messages.get("print.unknownPrinter", printer, String.join("、", names)));
    }

    /**
     * The paper of the sheet (A4, A3, …). Without it the JDK asks for its locale's default (Letter, "AnsiA", under
     * an English locale) and CUPS would shrink the A4 pages onto it.
     */
    static MediaSizeName paper(PrintLayout.PrintedPage page) {
        float w = (float) (Math.min(page.width(), page.height()) / 72);
        float h = (float) (Math.max(page.width(), page.height()) / 72);
        MediaSizeName name = MediaSize.findMedia(w, h, MediaSize.INCH);
        return name == null ? MediaSizeName.ISO_A4 : name;
    }

    private static void printPdf(PrintService service, byte[] pdf, MediaSizeName paper, int copies, String title) {
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new Copies(copies));
        if (service.isAttributeValueSupported(paper, DocFlavor.INPUT_STREAM.PDF, null)) {
            attributes.add(paper);
        }
        attributes.add(new JobName(title, Locale.SIMPLIFIED_CHINESE));
        DocPrintJob job = service.createPrintJob();
        AtomicInteger failure = new AtomicInteger();
        job.addPrintJobListener(new PrintJobAdapter() {
            @Override
            public void printJobFailed(PrintJobEvent e) {
                failure.compareAndSet(0, PrintJobEvent.JOB_FAILED);
            }

            @Override
            public void printJobCanceled(PrintJobEvent e) {
                failure.compareAndSet(0, PrintJobEvent.JOB_CANCELED);
            }
        });
        try {
            job.print(new SimpleDoc(new ByteArrayInputStream(pdf), DocFlavor.INPUT_STREAM.PDF, null), attributes);
        } catch (PrintException e) {
            throw rejected(service, e);
        }
        if (failure.get() != 0) {
            throw new PrintFailedException(Messages.get("print.rejected", service.getName(),
                    Messages.get("print.spoolerFailed")));
        }
    }

    private static void printGraphics(PrintService service, List<PrintLayout.PrintedPage> pages, int copies,
                                      String title) {
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setPageable(Graphics2DPages.book(pages));
            job.setJobName(title);
            job.setCopies(copies);
            job.print();
        } catch (PrinterException e) {
            throw rejected(service, e);
        }
    }

    private static PrintFailedException rejected(PrintService service, Exception e) {
        LOG.warn("print job refused by {}", service.getName(), e);
        String text = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        if (text.contains("not accepting")) {
            return new PrintFailedException(Messages.get("print.notReady", service.getName()));
        }
        if (text.contains("lpr") && (text.contains("No such file") || text.contains("Cannot run program"))) {
            return new PrintFailedException(Messages.get("print.noLpr", "/usr/bin/lpr"));
        }
        return new PrintFailedException(Messages.get("print.rejected", service.getName(), Messages.get("print.spoolerFailed")));
    }
}
