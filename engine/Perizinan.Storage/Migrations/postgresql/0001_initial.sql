-- Perizinan storage, PostgreSQL. Times are timestamptz (UTC); JSON data is jsonb, except the audit detail, which is
-- text because its exact bytes are hashed. Every table carries tenant_id and every query filters by it.
CREATE TABLE forms (
    tenant_id           text NOT NULL,
    form_id             text NOT NULL,
    version             text NOT NULL,
    content_hash        text NOT NULL,
    registration_prefix text NOT NULL,
    files               jsonb NOT NULL,
    published_at        timestamptz NOT NULL,
    retired_at          timestamptz NULL,
    PRIMARY KEY (tenant_id, form_id, version)
);
CREATE INDEX ix_forms_hash ON forms (tenant_id, content_hash);

CREATE TABLE drafts (
    tenant_id     text NOT NULL,
    id            text NOT NULL,
    form_id       text NOT NULL,
    form_version  text NOT NULL,
    content_hash  text NOT NULL,
    owner         text NULL,
    resume_code   text NULL,
    answers       jsonb NOT NULL,
    revision      bigint NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    submission_id text NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, form_id, form_version) REFERENCES forms (tenant_id, form_id, version)
);
CREATE UNIQUE INDEX ux_drafts_resume_code ON drafts (tenant_id, resume_code) WHERE resume_code IS NOT NULL;
CREATE INDEX ix_drafts_owner ON drafts (tenant_id, owner);
CREATE INDEX ix_drafts_expires ON drafts (tenant_id, expires_at);

CREATE TABLE attachments (
    tenant_id  text NOT NULL,
    draft_id   text NOT NULL,
    sha256     text NOT NULL,
    size       bigint NOT NULL,
    media_type text NOT NULL,
    file_name  text NOT NULL,
    slot       text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, draft_id, sha256),
    FOREIGN KEY (tenant_id, draft_id) REFERENCES drafts (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX ix_attachments_sha256 ON attachments (tenant_id, sha256);

CREATE TABLE registration_counters (
    tenant_id text NOT NULL,
    prefix    text NOT NULL,
    year      bigint NOT NULL,
    value     bigint NOT NULL,
    PRIMARY KEY (tenant_id, prefix, year)
);

CREATE TABLE submissions (
    tenant_id           text NOT NULL,
    id                  text NOT NULL,
    draft_id            text NOT NULL,
    registration_number text NOT NULL,
    form_id             text NOT NULL,
    form_version        text NOT NULL,
    content_hash        text NOT NULL,
    owner               text NULL,
    answers             jsonb NOT NULL,
    computed_values     jsonb NOT NULL,
    fees                jsonb NOT NULL,
    attachments         jsonb NOT NULL,
    submitted_at        timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX ux_submissions_draft ON submissions (tenant_id, draft_id);
CREATE UNIQUE INDEX ux_submissions_number ON submissions (tenant_id, registration_number);

CREATE TABLE queue_items (
    tenant_id       text NOT NULL,
    id              text NOT NULL,
    submission_id   text NOT NULL,
    destination     text NOT NULL,
    status          text NOT NULL,
    attempts        bigint NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    leased_by       text NULL,
    lease_token     text NULL,
    leased_until    timestamptz NULL,
    last_error      text NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id),
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id)
);
CREATE UNIQUE INDEX ux_queue_items_id ON queue_items (id);
CREATE UNIQUE INDEX ux_queue_items_destination ON queue_items (tenant_id, submission_id, destination);
CREATE INDEX ix_queue_items_ready ON queue_items (status, next_attempt_at);

CREATE TABLE status_history (
    position      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id     text NOT NULL,
    submission_id text NOT NULL,
    destination   text NULL,
    status        text NOT NULL,
    detail        text NULL,
    at            timestamptz NOT NULL,
    FOREIGN KEY (tenant_id, submission_id) REFERENCES submissions (tenant_id, id)
);
CREATE INDEX ix_status_history_submission ON status_history (tenant_id, submission_id, position);

CREATE TABLE audit_log (
    tenant_id text NOT NULL,
    seq       bigint NOT NULL,
    at        timestamptz NOT NULL,
    action    text NOT NULL,
    subject   text NOT NULL,
    detail    text NOT NULL,
    prev_hash text NOT NULL,
    hash      text NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

CREATE TABLE audit_heads (
    tenant_id text NOT NULL PRIMARY KEY,
    last_seq  bigint NOT NULL,
    last_hash text NOT NULL
);
