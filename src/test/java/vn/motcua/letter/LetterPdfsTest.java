package vn.motcua.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

/** When a letter's PDF is printed: on first download (once, however many ask at once), or as issued if so set. */
class LetterPdfsTest {

    private static final long LETTER = 7;
    private static final byte[] PRINT = "%PDF-1.7 letter".getBytes();

    private final LetterArchive archive = mock(LetterArchive.class);
    private final PdfRenderer renderer = mock(PdfRenderer.class);
    private final PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
    private final AtomicReference<byte[]> stored = new AtomicReference<>();

    LetterPdfsTest() {
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        when(archive.html(LETTER)).thenReturn("<html><body>Giấy tiếp nhận</body></html>");
        when(archive.pdf(LETTER)).thenAnswer(call -> Optional.ofNullable(stored.get()));
        doAnswer(call -> stored.compareAndSet(null, call.getArgument(1))).when(archive).storePdf(eq(LETTER), any());
    }

    @Test
    void aLetterIsPrintedOnItsFirstDownloadAndKept() {
        LetterPdfs pdfs = new LetterPdfs(archive, renderer, transactions, false);
        when(renderer.render(anyString())).thenReturn(PRINT);

        pdfs.issued(LETTER);
        verify(renderer, never()).render(anyString());

        assertThat(pdfs.pdf(LETTER)).isEqualTo(PRINT);
        assertThat(pdfs.pdf(LETTER)).isEqualTo(PRINT);
        verify(renderer, times(1)).render(anyString());
        verify(archive, times(1)).storePdf(LETTER, PRINT);
    }

    @Test
    void firstDownloadsAtOnceWaitForOnePrint() throws Exception {
        LetterPdfs pdfs = new LetterPdfs(archive, renderer, transactions, false);
        CountDownLatch printing = new CountDownLatch(1);
        CountDownLatch othersAsked = new CountDownLatch(1);
        when(renderer.render(anyString())).thenAnswer(call -> {
            printing.countDown();
            othersAsked.await();
            return PRINT;
        });
        ExecutorService desk = Executors.newFixedThreadPool(3);
        try {
            Future<byte[]> first = desk.submit(() -> pdfs.pdf(LETTER));
            printing.await();
            List<Future<byte[]>> others = List.of(desk.submit(() -> pdfs.pdf(LETTER)), desk.submit(() -> pdfs.pdf(LETTER)));
            Thread.sleep(200); // both are waiting for the print, not printing
            othersAsked.countDown();
            assertThat(first.get()).isEqualTo(PRINT);
            for (Future<byte[]> other : others) {
                assertThat(other.get()).isEqualTo(PRINT);
            }
        } finally {
            desk.shutdownNow();
        }
        verify(renderer, times(1)).render(anyString());
    }

    @Test
    void printOnIssuePrintsAtOnceOutsideATransactionAndAFailureWaitsForTheDownload() {
        when(renderer.render(anyString())).thenThrow(new IllegalStateException("font missing")).thenReturn(PRINT);
        LetterPdfs pdfs = new LetterPdfs(archive, renderer, transactions, true);

        pdfs.issued(LETTER); // the failure is logged, the step goes on
        verify(archive, never()).storePdf(anyLong(), any());

        assertThat(pdfs.pdf(LETTER)).isEqualTo(PRINT);
        verify(renderer, times(2)).render(anyString());
    }
}
