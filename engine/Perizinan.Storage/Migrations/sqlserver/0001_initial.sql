-- Perizinan storage, SQL Server. Times are datetime2(7) in UTC; JSON is nvarchar(max). Every table carries tenant_id and every query filters by it.
CREATE TABLE forms (
    tenant_id           nvarchar(100) NOT NULL,
    form_id             nvarchar(100) NOT NULL,
    version             nvarchar(100) NOT NULL,
    content_hash        nvarchar(100) NOT NULL,
    registration_prefix nvarchar(100) NOT NULL,
    files               nvarchar(max) NOT NULL,
    published_at        datetime2(7) NOT NULL,
    retired_at          datetime2(7) NULL,
    PRIMARY KEY (tenant_id, form_id, version)
);
CREATE INDEX ix_forms_hash ON forms (tenant_id, content_hash);

CREATE TABLE drafts (
    tenant_id     nvarchar(100) NOT NULL,
    id            nvarchar(100) NOT NULL,
    form_id       nvarchar(100) NOT NULL,
    form_version  nvarchar(100) NOT NULL,
    content_hash  nvarchar(100) NOT NULL,
    owner         nvarchar(100) NULL,
    resume_code   nvarchar(100) NULL,
    answers       nvarchar(max) NOT NULL,
    revision      bigint NOT NULL,
    created_at    datetime2(7) NOT NULL,
    updated_at    datetime2(7) NOT NULL,
    expires_at    datetime2(7) NOT NULL,
    submission_id nvarchar(100) NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, form_id, form_version) REFERENCES forms (tenant_id, form_id, version)
);
CREATE UNIQUE INDEX ux_drafts_resume_code ON drafts (tenant_id, resume_code) WHERE resume_code IS NOT NULL;
CREATE INDEX ix_drafts_owner ON drafts (tenant_id, owner);
CREATE INDEX ix_drafts_expires ON drafts (tenant_id, expires_at);

CREATE TABLE attachments (
    tenant_id  nvarchar(100) NOT NULL,
    draft_id   nvarchar(100) NOT NULL,
    sha256     nvarchar(100) NOT NULL,
    size       bigint NOT NULL,
    media_type nvarchar(100) NOT NULL,
    file_name  nvarchar(400) NOT NULL,
    slot       nvarchar(100) NOT NULL,
    created_at datetime2(7) NOT NULL,
    PRIMARY KEY (tenant_id, draft_id, sha256),
    FOREIGN KEY (tenant_id, draft_id) REFERENCES drafts (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_attachments_sha256 ON attachments (tenant_id, sha256);

CREATE TABLE registration_counters (
    tenant_id nvarchar(100) NOT NULL,
    prefix    nvarchar(100) NOT NULL,
    year      bigint NOT NULL,
    value     bigint NOT NULL,
    PRIMARY KEY (tenant_id, prefix, year)
);

CREATE TABLE submissions (
    tenant_id           nvarchar(100) NOT NULL,
    id                  nvarchar(100) NOT NULL,
    draft_id            nvarchar(100) NOT NULL,
    registration_number nvarchar(100) NOT NULL,
    form_id             nvarchar(100) NOT NULL,
    form_version        nvarchar(100) NOT NULL,
    content_hash        nvarchar(100) NOT NULL,
    owner               nvarchar(100) NULL,
    answers             nvarchar(max) NOT NULL,
    computed_values     nvarchar(max) NOT NULL,
    fees                nvarchar(max) NOT NULL,
    attachments         nvarchar(max) NOT NULL,
    submitted_at        datetime2(7) NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ux_submissions_draft ON submissions (tenant_id, draft_id);
CREATE UNIQUE INDEX ux_submissions_number ON submissions (tenant_id, registration_number);

CREATE TABLE queue_items (
    tenant_id       nvarchar(100) NOT NULL,
    id              nvarchar(100) NOT NULL,
    submission_id   nvarchar(100) NOT NULL,
    destination     nvarchar(100) NOT NULL,
    status          nvarchar(100) NOT NULL,
    attempts        bigint NOT NULL,
    next_attempt_at datetime2(7) NOT NULL,
    leased_by       nvarchar(100) NULL,
    lease_token     nvarchar(100) NULL,
    leased_until    datetime2(7) NULL,
    last_error      nvarchar(max) NULL,
    created_at      datetime2(7) NOT NULL,
    updated_at      datetime2(7) NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id)
);
CREATE UNIQUE INDEX ux_queue_items_id ON queue_items (id);
CREATE UNIQUE INDEX ux_queue_items_destination ON queue_items (tenant_id, submission_id, destination);
CREATE INDEX ix_queue_items_ready ON queue_items (status, next_attempt_at);

CREATE TABLE status_history (
    position      bigint IDENTITY(1,1) PRIMARY KEY,
    tenant_id     nvarchar(100) NOT NULL,
    submission_id nvarchar(100) NOT NULL,
    destination   nvarchar(100) NULL,
    status        nvarchar(100) NOT NULL,
    detail        nvarchar(max) NULL,
    at            datetime2(7) NOT NULL,
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id)
);
CREATE INDEX ix_status_history_submission ON status_history (tenant_id, submission_id, position);

CREATE TABLE audit_log (
    tenant_id nvarchar(100) NOT NULL,
    seq       bigint NOT NULL,
    at        datetime2(7) NOT NULL,
    action    nvarchar(100) NOT NULL,
    subject   nvarchar(100) NOT NULL,
    detail    nvarchar(max) NOT NULL,
    prev_hash nvarchar(100) NOT NULL,
    hash      nvarchar(100) NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

CREATE TABLE audit_heads (
    tenant_id nvarchar(100) NOT NULL PRIMARY KEY,
    last_seq  bigint NOT NULL,
    last_hash nvarchar(100) NOT NULL
);
