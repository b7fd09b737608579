package io.fruition.admin.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.fruition.admin.AuditLog;
import io.fruition.admin.PartnershipSetup;
import io.fruition.admin.PartnershipSetup.PartnershipRow;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Read the administration over HTTP: partnerships and the audit log. Administrators only. */
@RestController
@RequestMapping(path = "/api/admin", produces = "application/json")
@Tag(name = "Administration", description = "Partnerships and the audit log, for administrators")
class AdminApi {

    private final PartnershipSetup setup;
    private final AuditLog audit;

    AdminApi(PartnershipSetup setup, AuditLog audit) {
        this.setup = setup;
        this.audit = audit;
    }

    @GetMapping("/partnerships")
    @Operation(operationId = "listPartnerships", summary = "Every partnership",
            description = "With its members and settings. Administrators only (403 for anyone else).")
    List<PartnershipRow> partnerships() {
        return setup.partnerships();
    }

    @GetMapping("/audit")
    @Operation(operationId = "readAuditLog", summary = "The audit log",
            description = "The latest entries, newest first, optionally only those that mention some words. "
                    + "Administrators only (403 for anyone else).")
    List<AuditLog.Entry> audit(@Parameter(description = "Words the entries mention.")
            @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "How many entries, 1 to 1000.")
            @RequestParam(name = "size", defaultValue = "100") int size) {
        return audit.latest(q, Math.max(1, Math.min(size, 1000)));
    }
}
