-- Perizinan storage, SQLite. Times are UTC ISO-8601 text of fixed width (yyyy-MM-ddTHH:mm:ss.ffffffZ), so text
-- order is time order. JSON is text. Every table carries tenant_id and every query filters by it.
CREATE TABLE forms (
    tenant_id           TEXT NOT NULL,
    form_id             TEXT NOT NULL,
    version             TEXT NOT NULL,
    content_hash        TEXT NOT NULL,
    registration_prefix TEXT NOT NULL,
    files               TEXT NOT NULL,
    published_at        TEXT NOT NULL,
    retired_at          TEXT NULL,
    PRIMARY KEY (tenant_id, form_id, version)
);
CREATE INDEX ix_forms_hash ON forms (tenant_id, content_hash);

CREATE TABLE drafts (
    tenant_id     TEXT NOT NULL,
    id            TEXT NOT NULL,
    form_id       TEXT NOT NULL,
    form_version  TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    owner         TEXT NULL,
    resume_code   TEXT NULL,
    answers       TEXT NOT NULL,
    revision      INTEGER NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    expires_at    TEXT NOT NULL,
    submission_id TEXT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, form_id, form_version) REFERENCES forms (tenant_id, form_id, version)
);
CREATE UNIQUE INDEX ux_drafts_resume_code ON drafts (tenant_id, resume_code) WHERE resume_code IS NOT NULL;
CREATE INDEX ix_drafts_owner ON drafts (tenant_id, owner);
CREATE INDEX ix_drafts_expires ON drafts (tenant_id, expires_at);

CREATE TABLE attachments (
    tenant_id  TEXT NOT NULL,
    draft_id   TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    slot       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, draft_id, sha256),
    FOREIGN KEY (tenant_id, draft_id) REFERENCES drafts (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_attachments_sha256 ON attachments (tenant_id, sha256);

CREATE TABLE registration_counters (
    tenant_id TEXT NOT NULL,
    prefix    TEXT NOT NULL,
    year      INTEGER NOT NULL,
    value     INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, prefix, year)
);

CREATE TABLE submissions (
    tenant_id           TEXT NOT NULL,
    id                  TEXT NOT NULL,
    draft_id            TEXT NOT NULL,
    registration_number TEXT NOT NULL,
    form_id             TEXT NOT NULL,
    form_version        TEXT NOT NULL,
    content_hash        TEXT NOT NULL,
    owner               TEXT NULL,
    answers             TEXT NOT NULL,
    computed_values     TEXT NOT NULL,
    fees                TEXT NOT NULL,
    attachments         TEXT NOT NULL,
    submitted_at        TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ux_submissions_draft ON submissions (tenant_id, draft_id);
CREATE UNIQUE INDEX ux_submissions_number ON submissions (tenant_id, registration_number);

CREATE TABLE queue_items (
    tenant_id       TEXT NOT NULL,
    id              TEXT NOT NULL,
    submission_id   TEXT NOT NULL,
    destination     TEXT NOT NULL,
    status          TEXT NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    leased_by       TEXT NULL,
    lease_token     TEXT NULL,
    leased_until    TEXT NULL,
    last_error      TEXT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id)
);
CREATE UNIQUE INDEX ux_queue_items_id ON queue_items (id);
CREATE UNIQUE INDEX ux_queue_items_destination ON queue_items (tenant_id, submission_id, destination);
CREATE INDEX ix_queue_items_ready ON queue_items (status, next_attempt_at);

CREATE TABLE status_history (
    position      INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id     TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    destination   TEXT NULL,
    status        TEXT NOT NULL,
    detail        TEXT NULL,
    at            TEXT NOT NULL,
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id)
);
CREATE INDEX ix_status_history_submission ON status_history (tenant_id, submission_id, position);

CREATE TABLE audit_log (
    tenant_id TEXT NOT NULL,
    seq       INTEGER NOT NULL,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

CREATE TABLE audit_heads (
    tenant_id TEXT NOT NULL PRIMARY KEY,
    last_seq  INTEGER NOT NULL,
    last_hash TEXT NOT NULL
);
