package vn.motcua.letter;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PDF of an archived letter, printed from its stored HTML on its first download and kept. The
 * stored HTML is the letter; the PDF is its print, the same text and layout whenever it is made (its
 * metadata's creation date is the day it was printed). Printing every letter
 * as it was issued took 28 % of the application's JVM profile samples at full load, about a tenth of
 * its CPU per file with the database's (docs/benchmark.md, "Capacity at saturation"), on the officer's own request, for letters many of which nobody prints (a file filed
 * and answered online). {@code motcua.letters.print-on-issue: true} prints at issue again: after the
 * issuing step has committed, so a step never holds its locks (file row, letter number) while a PDF
 * is laid out, and a printing failure never undoes a step.
 */
@Component
class LetterPdfs {

    private static final Logger log = LoggerFactory.getLogger(LetterPdfs.class);

    private final LetterArchive archive;
    private final PdfRenderer renderer;
    private final TransactionTemplate newTransaction;

    private static final String WARM_UP = "<html><head><style>body { font-family: '" + PdfRenderer.FONT_FAMILY
            + "'; }</style></head><body><p>Motcua <b>warm-up</b> <i>print</i></p></body></html>";

    private final boolean printOnIssue;
    private final ConcurrentMap<Long, CompletableFuture<byte[]>> printing = new ConcurrentHashMap<>();

    LetterPdfs(LetterArchive archive, PdfRenderer renderer, PlatformTransactionManager transactions,
            @Value("${motcua.letters.print-on-issue:false}") boolean printOnIssue) {
        this.printOnIssue = printOnIssue;
        this.archive = archive;
        this.renderer = renderer;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The renderer's first print in a JVM loads its fonts and classes: 1.5 s for the demo's first download
     * against 0.3–0.4 s later. A print of a few words at start, on a thread of its own, spares the first
     * officer who prints a letter after a node starts.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread warmUp = new Thread(() -> {
            try {
                renderer.render(WARM_UP);
            } catch (RuntimeException e) {
                log.warn("The letter printer could not warm up; the first download will print it", e);
            }
        }, "letter-printer-warm-up");
        warmUp.setDaemon(true);
        warmUp.setPriority(Thread.MIN_PRIORITY);
        warmUp.start();
    }

    /** A letter was archived: printed now only if so configured, otherwise on its first download. */
    void issued(long letterId) {
        if (printOnIssue) {
            printAfterCommit(letterId);
        }
    }

    private void printAfterCommit(long letterId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            printQuietly(letterId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                printQuietly(letterId);
            }
        });
    }

    byte[] pdf(long letterId) {
        return archive.pdf(letterId).orElseGet(() -> printOnce(letterId));
    }

    /**
     * Several first downloads of one letter at once on this node (a desk and the applicant's phone) wait
     * for one print. Other nodes may print it too: the first stored print is the one every download gets.
     */
    private byte[] printOnce(long letterId) {
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = printing.putIfAbsent(letterId, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            byte[] pdf = print(letterId);
            mine.complete(pdf);
            return pdf;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            printing.remove(letterId, mine);
        }
    }

    private byte[] print(long letterId) {
        byte[] pdf = renderer.render(archive.html(letterId));
        // Spring's afterCommit still sees the finished transaction: store in a new one.
        newTransaction.executeWithoutResult(status -> archive.storePdf(letterId, pdf));
        return archive.pdf(letterId).orElse(pdf);
    }

    private void printQuietly(long letterId) {
        try {
            print(letterId);
        } catch (RuntimeException e) {
            log.warn("Letter {} was issued but its PDF could not be printed now; it will be on first download",
                    letterId, e);
        }
    }
}
