package io.fruition.admin.api;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.fruition.admin.AuditLog;
import io.fruition.admin.PartnershipSetup;
import io.fruition.admin.PartnershipSetup.PartnershipRow;

/** Read the administration over HTTP: partnerships and the audit log. Administrators only. */
@RestController
@RequestMapping("/api/admin")
class AdminApi {

    private final PartnershipSetup setup;
    private final AuditLog audit;

    AdminApi(PartnershipSetup setup, AuditLog audit) {
        this.setup = setup;
        this.audit = audit;
    }

    @GetMapping("/partnerships")
    List<PartnershipRow> partnerships() {
        return setup.partnerships();
    }

    @GetMapping("/audit")
    List<AuditLog.Entry> audit(@RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "size", defaultValue = "100") int size) {
        return audit.latest(q, Math.max(1, Math.min(size, 1000)));
    }
}
