-- 0020 The frontends' ASP.NET Core Data Protection key ring (issue 17, "operations on several machines"). The keys
-- encrypt the site's sign-in cookie and the forms' antiforgery tokens; every frontend reads the same rows, so a page
-- user moved to another frontend stays signed in without a shared folder. One row an XML element the key manager
-- stores (a key, or a revocation), never changed or deleted by the platform: friendly_name is the name the key manager
-- gives it ("key-<guid>", "revocation-…"), xml the element as written. A key's secret is encrypted with the certificate
-- named by Platform:DataProtection:CertificatePath when one is configured (docs/operations.md). No personal data.

create table data_protection_keys (
    id            bigint generated always as identity primary key,
    friendly_name text not null,
    xml           text not null,
    created_at    timestamptz not null default now()
);
