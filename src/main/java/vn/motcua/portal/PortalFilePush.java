package vn.motcua.portal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.motcua.dossier.ReceptionRequest;

/**
 * A file as the national portal pushes it.
 *
 * @param portalFileId the portal's own id of the file: a push retried with it makes no second file
 * @param fullyOnline a "toàn trình" file: processed and returned online, no paper at any step
 * @param file the file as the files API takes it; its papers are electronic, each with a reference and a SHA-256
 */
record PortalFilePush(
        @NotBlank(message = "{portal.push.portalFileIdRequired}")
        @Size(max = 80, message = "{portal.push.portalFileIdTooLong}")
        @Pattern(regexp = "[A-Za-z0-9._:-]*", message = "{portal.push.portalFileIdCharacters}")
        String portalFileId,

        boolean fullyOnline,

        @NotNull(message = "{portal.push.fileRequired}") @Valid
        ReceptionRequest file) {

    /** The register's idempotency key of a pushed file: one file per portal id. */
    String clientRequestId() {
        return "portal:" + portalFileId;
    }
}
