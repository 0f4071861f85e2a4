using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Platform.Frontend.Security.Proctoring;

namespace Platform.Integration.Tests.Security;

/// <summary>
/// Issue 6: the role matrix. Every endpoint of the running application, for anonymous and each role, is called with
/// a real token of the development issuer: "+" expects anything but 401/403, "-" expects 401 (anonymous) or 403 — or, for
/// a page of the site called without a token, the redirect to the sign-in page.
/// The rows must be exactly the application's endpoints, so a new endpoint needs a row before the tests pass.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class RoleMatrixTests(SecurityFixture platform)
{
    /// <summary>The callers of the columns, in order: anonymous, then one demo account per role.</summary>
    private static readonly string?[] Callers =
        [null, "candidate.1", "registrar.0001", "head.0001", "commission.0001.a", "appeal.0001", "proctoring", "operator", "administrator"];

    private const string Calendar = "{}";
    private const string Account = """{"account":"candidate.1"}""";

    private static readonly Row[] Matrix =
    [
        //                                                                                             anon cand reg head com appeal proc oper admin
        new("GET",  "/api-reference/favicon.svg",                      "/api-reference/favicon.svg",                  "+ + + + + + + + +"),
        new("GET",  "/api-reference/scalar.aspnetcore.js",             "/api-reference/scalar.aspnetcore.js",         "+ + + + + + + + +"),
        new("GET",  "/api-reference/scalar.js",                        "/api-reference/scalar.js",                    "+ + + + + + + + +"),
        new("GET",  "/api-reference/{documentName?}",                  "/api-reference/v1",                           "+ + + + + + + + +"),
        new("GET",  "/openapi/{documentName}.json",                    "/openapi/v1.json",                            "+ + + + + + + + +"),
        new("*",    "/health/live",                                    "/health/live",                                "+ + + + + + + + +"),
        new("*",    "/health/ready",                                   "/health/ready",                               "+ + + + + + + + +"),
        new("GET",  "/api/v1/calendar/{year:int}",                     "/api/v1/calendar/2025",                       "+ + + + + + + + +"),
        new("GET",  "/api/v1/calendar/deadline",                       "/api/v1/calendar/deadline?from=2025-03-20&workingDays=3", "+ + + + + + + + +"),
        new("PUT",  "/api/v1/admin/calendar/{year:int}",               "/api/v1/admin/calendar/2040",                 "- - - - - - - - +", Calendar),
        new("GET",  "/api/v1/audit",                                   "/api/v1/audit",                               "- - - - - - - + +"),
        new("POST", "/api/v1/dev/tokens",                              "/api/v1/dev/tokens",                          "+ + + + + + + + +", Account),
        new("GET",  "/api/v1/dev/sign-in",                             "/api/v1/dev/sign-in?account=candidate.1",     "+ + + + + + + + +"),
        new("POST", "/api/v1/test/candidates",                         "/api/v1/test/candidates",                     "- - + + - - - - -", Calendar),
        new("GET",  "/api/v1/test/candidates/{candidateKey}/file",     "/api/v1/test/candidates/cand-x/file",         "- + + + + + + + +"),
        new("GET",  "/api/v1/test/centers/{center}/cases/{caseId}",    "/api/v1/test/centers/0001/cases/m",           "- - + + + + - + -"),
        new("PUT",  "/api/v1/test/centers/{center}/cases/{caseId}",    "/api/v1/test/centers/0001/cases/m",           "- - + + - - - - -"),
        new("POST", "/api/v1/test/centers/{center}/cases/{caseId}/notes", "/api/v1/test/centers/0001/cases/m/notes",  "- - + + + + - - -"),
        new("GET",  "/api/v1/test/commissions/{commissionId}",         "/api/v1/test/commissions/com-0001-a",         "- - - - + - - - -"),
        new("POST", "/api/v1/test/echo",                               "/api/v1/test/echo",                           "- + + + + + + - +", """{"text":"m"}"""),
        new("POST", "/api/v1/test/sittings/{sittingId}/events",        "/api/v1/test/sittings/matrix/events",         "- - - - - - + - -"),
        new("PUT",  "/api/v1/candidates/me/",                        "/api/v1/candidates/me",                       "- + - - - - - - -", Calendar),
        new("GET",  "/api/v1/candidates/me/",                        "/api/v1/candidates/me",                       "- + - - - - - - -"),
        new("GET",  "/api/v1/candidates/me/cases",                   "/api/v1/candidates/me/cases",                 "- + - - - - - - -"),
        new("GET",  "/api/v1/candidates/me/documents",               "/api/v1/candidates/me/documents",             "- + - - - - - - -"),
        new("GET",  "/api/v1/candidates/me/documents/{documentId:guid}.pdf", "/api/v1/candidates/me/documents/00000000-0000-0000-0000-000000000001.pdf", "- + - - - - - - -"),
        new("POST", "/api/v1/cases/",                                "/api/v1/cases",                               "- + - - - - - - -", Calendar),
        new("GET",  "/api/v1/cases/{caseId}",                        "/api/v1/cases/case-m",                        "- + + + + + + + +"),
        new("POST", "/api/v1/cases/{caseId}/appeal",                 "/api/v1/cases/case-m/appeal",                 "- + - - - - - - -", Calendar),
        new("POST", "/api/v1/cases/{caseId}/resubmission",           "/api/v1/cases/case-m/resubmission",           "- + - - - - - - -", Calendar),
        new("POST", "/api/v1/cases/{caseId}/retake",                 "/api/v1/cases/case-m/retake",                 "- + - - - - - - -"),
        new("POST", "/api/v1/cases/{caseId}/sick-leave",             "/api/v1/cases/case-m/sick-leave",             "- + - - - - - - -"),
        new("POST", "/api/v1/cases/{caseId}/sick-leave-sheet",       "/api/v1/cases/case-m/sick-leave-sheet",       "- + - - - - - - -", Calendar),
        new("PUT",  "/api/v1/cases/{caseId}/exam-language",          "/api/v1/cases/case-m/exam-language",          "- + - - - - - - -", Calendar),
        new("POST", "/api/v1/cases/{caseId}/withdrawal",             "/api/v1/cases/case-m/withdrawal",             "- + - - - - - - -"),
        new("POST", "/api/v1/centers/{center}/candidates",           "/api/v1/centers/0001/candidates",             "- - + + - - - - -", Calendar),
        new("POST", "/api/v1/centers/{center}/cases",                "/api/v1/centers/0001/cases",                  "- - + + - - - - -", Calendar),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/appeal-registration", "/api/v1/centers/0001/cases/case-m/appeal-registration", "- - + + - - - - -", Calendar),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/contract", "/api/v1/centers/0001/cases/case-m/contract",  "- - + + - - - - -"),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/exam-notice", "/api/v1/centers/0001/cases/case-m/exam-notice", "- - + + - - - - -", Calendar),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/failure-notice", "/api/v1/centers/0001/cases/case-m/failure-notice", "- - + + - - - - -", Calendar),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/remarks", "/api/v1/centers/0001/cases/case-m/remarks",   "- - + + - - - - -", Calendar),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/sick-leave-sheet-received", "/api/v1/centers/0001/cases/case-m/sick-leave-sheet-received", "- - + + - - - - -"),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/results-received", "/api/v1/centers/0001/cases/case-m/results-received", "- - + + - - - - -", Calendar),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/certificate", "/api/v1/centers/0001/cases/case-m/certificate", "- - - + - - - - -"),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/refusal", "/api/v1/centers/0001/cases/case-m/refusal",   "- - - + - - - - -"),
        new("PUT",  "/api/v1/centers/{center}/commissions/{commissionId}", "/api/v1/centers/0001/commissions/com-m",      "- - - + - - - - -", Calendar),
        new("GET",  "/api/v1/centers/{center}/deadlines",            "/api/v1/centers/0001/deadlines",              "- - + + + + - + -"),
        new("POST", "/api/v1/commissions/{commissionId}/cases/{caseId}/completion", "/api/v1/commissions/com-0001-a/cases/case-m/completion", "- - - - + - - - -", Calendar),
        new("POST", "/api/v1/commissions/{commissionId}/cases/{caseId}/protocol", "/api/v1/commissions/com-0001-a/cases/case-m/protocol", "- - - - + - - - -", Calendar),
        new("POST", "/api/v1/commissions/{commissionId}/cases/{caseId}/start", "/api/v1/commissions/com-0001-a/cases/case-m/start", "- - - - + - - - -"),
        new("POST", "/api/v1/commissions/{commissionId}/cases/{caseId}/violation-act", "/api/v1/commissions/com-0001-a/cases/case-m/violation-act", "- - - - + - - - -", Calendar),
        new("POST", "/api/v1/appeal-commissions/{commissionId}/cases/{caseId}/decision", "/api/v1/appeal-commissions/appeal-0001-a/cases/case-m/decision", "- - - - - + - - -", Calendar),
        new("GET",  "/api/v1/centers/{center}/cases",                  "/api/v1/centers/0001/cases",                  "- - + + + + - + -"),
        new("GET",  "/api/v1/operator/deadlines",                      "/api/v1/operator/deadlines",                  "- - - - - - - + +"),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/appeal-protocol-destruction", "/api/v1/centers/0001/cases/case-m/appeal-protocol-destruction", "- - - + - - - - -"),
        new("GET",  "/api/v1/certificates/{serial}",                   "/api/v1/certificates/69202-24111001-5-170326-0001-99999999", "+ + + + + + + + +"),
        new("POST", "/api/v1/certificates/{serial}/revocation",        "/api/v1/certificates/69202-24111001-5-170326-0001-99999999/revocation", "- - - + - - - - -", """{"reason":"matrix"}"""),
        new("POST", "/api/v1/admin/certificates/{serial}/revocation",  "/api/v1/admin/certificates/69202-24111001-5-170326-0001-99999999/revocation", "- - - - - - - - +", """{"reason":"matrix"}"""),
        new("GET",  "/.well-known/certificate-signing-key",            "/.well-known/certificate-signing-key",        "+ + + + + + + + +"),
        new("GET",  "/.well-known/certificate-signing-key.pem",        "/.well-known/certificate-signing-key.pem",    "+ + + + + + + + +"),
        new("GET",  "/api/v1/operator/nsk-outbox",                     "/api/v1/operator/nsk-outbox",                 "- - - - - - - + +"),
        new("POST", "/api/v1/dev/nsk/results",                         "/api/v1/dev/nsk/results",                     "+ + + + + + + + +", Calendar),
        new("GET",  "/api/v1/dev/nsk/results",                         "/api/v1/dev/nsk/results",                     "- - - - - - - + +"), // holders' names: operator and administrators only
        new("PUT",  "/api/v1/admin/programs/{code}",                   "/api/v1/admin/programs/matrix",               "- - - - - - - - +", Calendar),
        new("GET",  "/api/v1/programs",                                "/api/v1/programs",                            "- + + + + + + + +"),
        new("GET",  "/api/v1/programs/{code}",                         "/api/v1/programs/matrix",                     "- + + + + + + + +"),
        new("GET",  "/api/v1/programs/{code}/versions",                "/api/v1/programs/matrix/versions",            "- - - - - - - + +"),
        new("GET",  "/api/v1/programs/{code}/versions/{version}",      "/api/v1/programs/matrix/versions/1",          "- - - - - - - + +"),
        new("POST", "/api/v1/centers/{center}/cases/{caseId}/sitting", "/api/v1/centers/0001/cases/case-m/sitting",   "- - + + + - - - -"),
        new("POST", "/api/v1/centers/{center}/slots/theory",           "/api/v1/centers/0001/slots/theory",           "- - + + + - - - -", Calendar),
        new("GET",  "/api/v1/sittings/{sittingId}/",                   "/api/v1/sittings/sitting-m-1",                "- - + + + + - + -"),
        new("GET",  "/api/v1/sittings/{sittingId}/event-log",          "/api/v1/sittings/sitting-m-1/event-log",      "- - + + + + - + -"),
        new("POST", "/api/v1/sittings/{sittingId}/check-in",           "/api/v1/sittings/sitting-m-1/check-in",       "- + + + + - - - -", Calendar),
        new("POST", "/api/v1/sittings/{sittingId}/identity-verified",  "/api/v1/sittings/sitting-m-1/identity-verified", "- - - - + - - - -"), // proctoring: 403 without its sitting's token
        new("POST", "/api/v1/sittings/{sittingId}/room-scan",          "/api/v1/sittings/sitting-m-1/room-scan",      "- - - - + - - - -"), // proctoring: 403 without its sitting's token
        new("POST", "/api/v1/sittings/{sittingId}/theory",             "/api/v1/sittings/sitting-m-1/theory",         "- - + + + - - - -"),
        new("POST", "/api/v1/sittings/{sittingId}/technical-failure",  "/api/v1/sittings/sitting-m-1/technical-failure", "- - + + + - - - -"),
        new("POST", "/api/v1/sittings/{sittingId}/extra-time",         "/api/v1/sittings/sitting-m-1/extra-time",     "- - - - + - - - -", Calendar),
        new("POST", "/api/v1/sittings/{sittingId}/practical/steps/{stepId}", "/api/v1/sittings/sitting-m-1/practical/steps/s1", "- - - - + - - - -", Calendar),
        new("POST", "/api/v1/sittings/{sittingId}/practical/completion", "/api/v1/sittings/sitting-m-1/practical/completion", "- - - - + - - - -"),
        new("POST", "/api/v1/sittings/{sittingId}/violations",         "/api/v1/sittings/sitting-m-1/violations",     "- - - - + - - - -", Calendar), // proctoring: 403 without its sitting's token
        new("POST", "/api/v1/sittings/{sittingId}/violation-act/signature", "/api/v1/sittings/sitting-m-1/violation-act/signature", "- - - - + - - - -", Calendar),
        new("POST", "/api/v1/sittings/{sittingId}/proctoring-token",   "/api/v1/sittings/sitting-m-1/proctoring-token", "- + - - - - - - -"),
        new("POST", "/api/v1/sittings/{sittingId}/events",             "/api/v1/sittings/matrix/events",              "- - - - - - + - -", "[]"),
        new("*",    "/hubs/center/negotiate",                          "/hubs/center/negotiate",                      "- - + + + + - + -"), // the operator's POST is refused: it connects without negotiation
        new("*",    "/hubs/center",                                    "/hubs/center",                                "- - + + + + - + -"),
        new("*",    "/hubs/sitting/negotiate",                         "/hubs/sitting/negotiate",                     "- + - - - - - - -"),
        new("*",    "/hubs/sitting",                                   "/hubs/sitting",                               "- + - - - - - - -"),
        new("*",    "/hubs/proctoring/negotiate",                      "/hubs/proctoring/negotiate",                  "- - - - - - + - -"),
        new("*",    "/hubs/proctoring",                                "/hubs/proctoring",                            "- - - - - - + - -"),
        new("PUT",  "/api/v1/dev/clock",                               "/api/v1/dev/clock",                           "- - - - - - - - +", """{"now":null}"""), // Development only; 404 unless Platform:Development:AdjustableClock
        new("POST", "/api/v1/candidates/me/uploads",                   "/api/v1/candidates/me/uploads",               "- + - - - - - - -", Calendar),
        new("POST", "/api/v1/centers/{center}/uploads",                "/api/v1/centers/0001/uploads",                "- - + + - - - - -", Calendar),
        new("GET",  "/api/v1/cases/{caseId}/attachments/{storedAs}",   "/api/v1/cases/case-m/attachments/m.pdf",      "- + + + + + + + +"),
        // The site's own endpoints (issue 13); its pages are listed with the pages' tests' areas below.
        new("GET",  "/",                                               "/",                                           "+ + + + + + + + +"),
        new("POST", "/",                                               "/",                                           "+ + + + + + + + +"),
        new("GET",  "/sign-in",                                        "/sign-in",                                    "+ + + + + + + + +"),
        new("POST", "/sign-in",                                        "/sign-in",                                    "+ + + + + + + + +"),
        new("GET",  "/error",                                          "/error",                                      "+ + + + + + + + +"),
        new("POST", "/error",                                          "/error",                                      "+ + + + + + + + +"),
        new("GET",  "/not-found",                                      "/not-found",                                  "+ + + + + + + + +"),
        new("POST", "/not-found",                                      "/not-found",                                  "+ + + + + + + + +"),
        new("GET",  "/form-expired",                                   "/form-expired",                               "+ + + + + + + + +"),
        new("POST", "/form-expired",                                   "/form-expired",                               "+ + + + + + + + +"),
        new("GET",  "/language/{code}",                                "/language/kk",                                "+ + + + + + + + +"),
        new("POST", "/sign-out",                                       "/sign-out",                                   "+ + + + + + + + +"),
        new("GET",  "/verify.html",                                    "/verify.html",                                "+ + + + + + + + +"),
        new("GET",  "/me",                                             "/me",                                         "- + - - - - - - -"),
        new("POST", "/me",                                             "/me",                                         "- + - - - - - - -"),
        new("GET",  "/me/identity",                                    "/me/identity",                                "- + - - - - - - -"),
        new("POST", "/me/identity",                                    "/me/identity",                                "- + - - - - - - -"),
        new("GET",  "/me/apply",                                       "/me/apply",                                   "- + - - - - - - -"),
        new("POST", "/me/apply",                                       "/me/apply",                                   "- + - - - - - - -"),
        new("POST", "/me/apply/preview",                               "/me/apply/preview",                           "- + - - - - - - -"),
        new("GET",  "/me/cases/{CaseId}",                              "/me/cases/case-m",                            "- + - - - - - - -"),
        new("POST", "/me/cases/{CaseId}",                              "/me/cases/case-m",                            "- + - - - - - - -"),
        new("GET",  "/me/cases/{CaseId}/exam",                         "/me/cases/case-m/exam",                       "- + - - - - - - -"),
        new("POST", "/me/cases/{CaseId}/exam",                         "/me/cases/case-m/exam",                       "- + - - - - - - -"),
        new("GET",  "/sitting.html",                                   "/sitting.html",                               "+ + + + + + + + +"),
        new("GET",  "/verify",                                         "/verify",                                     "+ + + + + + + + +"),
        new("POST", "/verify",                                         "/verify",                                     "+ + + + + + + + +"),
        // The registrar's pages (issue 14): a center's staff only (another center's number is their 404, see Pages/Center).
        new("GET",  "/center/{Number}",                                "/center/0001",                                "- - + + - - - - -"),
        new("POST", "/center/{Number}",                                "/center/0001",                                "- - + + - - - - -"),
        new("GET",  "/center/{Number}/applications/new",               "/center/0001/applications/new",               "- - + + - - - - -"),
        new("POST", "/center/{Number}/applications/new",               "/center/0001/applications/new",               "- - + + - - - - -"),
        new("GET",  "/center/{Number}/cases/{CaseId}",                 "/center/0001/cases/case-m",                   "- - + + - - - - -"),
        new("POST", "/center/{Number}/cases/{CaseId}",                 "/center/0001/cases/case-m",                   "- - + + - - - - -"),
        new("GET",  "/_framework/opaque-redirect",                     "/_framework/opaque-redirect",                 "- + + + + + + + +"),
        // Issue 14: the examination commission's desk and the head's signing desk.
        new("GET",  "/commission/{CommissionId}",                      "/commission/com-0001-a",                      "- - - - + - - - -"),
        new("POST", "/commission/{CommissionId}",                      "/commission/com-0001-a",                      "- - - - + - - - -"),
        new("GET",  "/commission/{CommissionId}/cases/{CaseId}",       "/commission/com-0001-a/cases/case-m",         "- - - - + - - - -"),
        new("POST", "/commission/{CommissionId}/cases/{CaseId}",       "/commission/com-0001-a/cases/case-m",         "- - - - + - - - -"),
        new("GET",  "/center/{Number}/signing",                        "/center/0001/signing",                        "- - - + - - - - -"),
        new("POST", "/center/{Number}/signing",                        "/center/0001/signing",                        "- - - + - - - - -"),
        new("GET",  "/center/{center}/signing/cases/{caseId}/documents/{documentId:guid}.pdf", "/center/0001/signing/cases/case-m/documents/00000000-0000-0000-0000-000000000001.pdf", "- - - + - - - - -"),
        new("GET",  "/center/{center}/signing/cases/{caseId}/violation-act.pdf", "/center/0001/signing/cases/case-m/violation-act.pdf", "- - - + - - - - -"),
        // Issue 14: the appeal commission's desk.
        new("GET",  "/appeal/{CommissionId}",                          "/appeal/appeal-0001-a",                       "- - - - - + - - -"),
        new("POST", "/appeal/{CommissionId}",                          "/appeal/appeal-0001-a",                       "- - - - - + - - -"),
        new("GET",  "/appeal/{CommissionId}/cases/{CaseId}",           "/appeal/appeal-0001-a/cases/case-m",          "- - - - - + - - -"),
        new("POST", "/appeal/{CommissionId}/cases/{CaseId}",           "/appeal/appeal-0001-a/cases/case-m",          "- - - - - + - - -"),
        new("GET",  "/appeal/{commissionId}/cases/{caseId}/documents/{documentId:guid}.pdf", "/appeal/appeal-0001-a/cases/case-m/documents/00000000-0000-0000-0000-000000000001.pdf", "- - - - - + - - -"),
        // Issue 14: the registrar's exam scheduling and exam day (center staff of the center).
        new("GET",  "/center/{Number}/schedule",                       "/center/0001/schedule",                       "- - + + - - - - -"),
        new("POST", "/center/{Number}/schedule",                       "/center/0001/schedule",                       "- - + + - - - - -"),
        new("GET",  "/center/{Number}/day",                            "/center/0001/day",                            "- - + + - - - - -"),
        new("POST", "/center/{Number}/day",                            "/center/0001/day",                            "- - + + - - - - -"),
        // Issue 15: the administrator's pages (administrators only; the operator reads the calendar warning in the layout) and a head's staff page.
        new("GET",  "/admin",                                          "/admin",                                      "- - - - - - - - +"),
        new("POST", "/admin",                                          "/admin",                                      "- - - - - - - - +"),
        new("GET",  "/admin/calendar/{Year:int}",                      "/admin/calendar/2027",                        "- - - - - - - - +"),
        new("POST", "/admin/calendar/{Year:int}",                      "/admin/calendar/2027",                        "- - - - - - - - +"),
        new("GET",  "/admin/programs",                                 "/admin/programs",                             "- - - - - - - - +"),
        new("POST", "/admin/programs",                                 "/admin/programs",                             "- - - - - - - - +"),
        new("GET",  "/admin/programs/{Code}",                          "/admin/programs/accountant-nrk5",             "- - - - - - - - +"),
        new("POST", "/admin/programs/{Code}",                          "/admin/programs/accountant-nrk5",             "- - - - - - - - +"),
        new("GET",  "/admin/centers",                                  "/admin/centers",                              "- - - - - - - - +"),
        new("POST", "/admin/centers",                                  "/admin/centers",                              "- - - - - - - - +"),
        new("GET",  "/admin/centers/{Number}",                         "/admin/centers/0001",                         "- - - - - - - - +"),
        new("POST", "/admin/centers/{Number}",                         "/admin/centers/0001",                         "- - - - - - - - +"),
        new("GET",  "/center/{Number}/staff",                          "/center/0001/staff",                          "- - - + - - - - -"),
        new("POST", "/center/{Number}/staff",                          "/center/0001/staff",                          "- - - + - - - - -"),
        // Issue 14: the center's live dashboard (staff and commission members of the center), its sitting page, the names of
        // sittings that appear live, and the old address /center.html (a redirect for whoever is signed in).
        new("GET",  "/center/{Number}/live",                           "/center/0001/live",                           "- - + + + - - - -"),
        new("POST", "/center/{Number}/live",                           "/center/0001/live",                           "- - + + + - - - -"),
        new("GET",  "/center/{Number}/live/{SittingId}",               "/center/0001/live/sitting-m",                 "- - + + + - - - -"),
        new("POST", "/center/{Number}/live/{SittingId}",               "/center/0001/live/sitting-m",                 "- - + + + - - - -"),
        new("POST", "/center/{number}/live/names",                     "/center/0001/live/names",                     "- - + + + - - - -", """{"sittings":[]}"""),
        new("GET",  "/center.html",                                    "/center.html",                                "- + + + + + + + +"),
        // Issue 15: the national operator's pages, read-only (the operator's POST is refused: OperatorChangesNothing).
        new("GET",  "/operator",                                       "/operator",                                   "- - - - - - - + +"),
        new("POST", "/operator",                                       "/operator",                                   "- - - - - - - - +"),
        new("GET",  "/operator/centers/{Number}",                      "/operator/centers/0001",                      "- - - - - - - + +"),
        new("POST", "/operator/centers/{Number}",                      "/operator/centers/0001",                      "- - - - - - - - +"),
        new("GET",  "/operator/centers/{Number}/sittings/{SittingId}", "/operator/centers/0001/sittings/sitting-m",    "- - - - - - - + +"),
        new("POST", "/operator/centers/{Number}/sittings/{SittingId}", "/operator/centers/0001/sittings/sitting-m",    "- - - - - - - - +"),
        new("GET",  "/operator/deadlines",                             "/operator/deadlines",                         "- - - - - - - + +"),
        new("POST", "/operator/deadlines",                             "/operator/deadlines",                         "- - - - - - - - +"),
        new("GET",  "/operator/cases/{CaseId}",                        "/operator/cases/case-m",                      "- - - - - - - + +"),
        new("POST", "/operator/cases/{CaseId}",                        "/operator/cases/case-m",                      "- - - - - - - - +"),
        new("GET",  "/operator/registry",                              "/operator/registry",                          "- - - - - - - + +"),
        new("POST", "/operator/registry",                              "/operator/registry",                          "- - - - - - - - +"),
        new("GET",  "/operator/audit",                                 "/operator/audit",                             "- - - - - - - + +"),
        new("POST", "/operator/audit",                                 "/operator/audit",                             "- - - - - - - - +"),
        new("GET",  "/operator/statistics",                            "/operator/statistics",                        "- - - - - - - + +"),
        new("POST", "/operator/statistics",                            "/operator/statistics",                        "- - - - - - - - +"),
        new("GET",  "/operator/statistics.csv",                        "/operator/statistics.csv",                    "- - - - - - - + +"),
        new("GET",  "/dashboard/",                                     "/dashboard/",                                 "- - - - - - - - +"),
        new("GET",  "/dashboard/ClusterStats",                         "/dashboard/ClusterStats",                     "- - - - - - - - +"),
        new("GET",  "/dashboard/DashboardCounters",                    "/dashboard/DashboardCounters",                "- - - - - - - - +"),
        new("GET",  "/dashboard/GrainState",                           "/dashboard/GrainState",                       "- - - - - - - - +"),
        new("GET",  "/dashboard/GrainStats/{*grainName}",              "/dashboard/GrainStats/m",                     "- - - - - - - - +"),
        new("GET",  "/dashboard/GrainTypes",                           "/dashboard/GrainTypes",                       "- - - - - - - - +"),
        new("GET",  "/dashboard/HistoricalStats/{*path}",              "/dashboard/HistoricalStats/m",                "- - - - - - - - +"),
        new("GET",  "/dashboard/LifecycleStages",                      "/dashboard/LifecycleStages",                  "- - - - - - - - +"),
        new("GET",  "/dashboard/Reminders",                            "/dashboard/Reminders",                        "- - - - - - - - +"),
        new("GET",  "/dashboard/Reminders/{page:int}",                 "/dashboard/Reminders/1",                      "- - - - - - - - +"),
        new("GET",  "/dashboard/SiloCounters/{*address}",              "/dashboard/SiloCounters/m",                   "- - - - - - - - +"),
        new("GET",  "/dashboard/SiloMetadata/{*address}",              "/dashboard/SiloMetadata/m",                   "- - - - - - - - +"),
        new("GET",  "/dashboard/SiloProperties/{*address}",            "/dashboard/SiloProperties/m",                 "- - - - - - - - +"),
        new("GET",  "/dashboard/SiloStats/{*address}",                 "/dashboard/SiloStats/m",                      "- - - - - - - - +"),
        new("GET",  "/dashboard/TopGrainMethods",                      "/dashboard/TopGrainMethods",                  "- - - - - - - - +"),
        new("GET",  "/dashboard/Trace",                                "/dashboard/Trace",                            "- - - - - - - - +"),
        new("GET",  "/dashboard/favicon.ico",                          "/dashboard/favicon.ico",                      "- - - - - - - - +"),
        new("GET",  "/dashboard/fonts/{**path}",                       "/dashboard/fonts/m.woff",                     "- - - - - - - - +"),
        new("GET",  "/dashboard/img/{**path}",                         "/dashboard/img/m.png",                        "- - - - - - - - +"),
        new("GET",  "/dashboard/index.css",                            "/dashboard/index.css",                        "- - - - - - - - +"),
        new("GET",  "/dashboard/index.html",                           "/dashboard/index.html",                       "- - - - - - - - +"),
        new("GET",  "/dashboard/index.min.js",                         "/dashboard/index.min.js",                     "- - - - - - - - +"),
        new("GET",  "/dashboard/version",                              "/dashboard/version",                          "- - - - - - - - +"),
        // Issue 17: the frontend's metrics in Prometheus text, for administrators as the dashboard is.
        new("*",    "/metrics",                                        "/metrics",                                    "- - - - - - - - +"),
    ];

    [Fact]
    public void TheMatrixHasARowForEveryEndpointOfTheApplicationAndNoOther()
    {
        var application = EndpointInventory.Of(platform.Services.GetRequiredService<EndpointDataSource>())
            .Select(endpoint => $"{endpoint.Method} {endpoint.Route}").ToHashSet();
        var matrix = Matrix.Select(row => $"{row.Method} {row.Route}").ToHashSet();

        Assert.Empty(application.Except(matrix).Select(missing => "no row in the role matrix: " + missing));
        Assert.Empty(matrix.Except(application).Select(stale => "no such endpoint: " + stale));
    }

    [Fact]
    public async Task EveryRoleIsAllowedOrDeniedEachEndpointAsTheMatrixSays()
    {
        var wrong = new List<string>();
        foreach (var row in Matrix)
        {
            var expected = row.Expected.Split(' ');
            for (var column = 0; column < Callers.Length; column++)
            {
                var (status, location) = await CallAsync(row, Callers[column]);
                var allowed = expected[column] == "+";
                var denied = Callers[column] is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                var sentToSignIn = status == HttpStatusCode.Redirect && location?.StartsWith("/sign-in?", StringComparison.Ordinal) == true;
                if (allowed ? status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || sentToSignIn : status != denied && !(Callers[column] is null && sentToSignIn))
                {
                    wrong.Add($"{row.Method} {row.Sample} as {Callers[column] ?? "anonymous"}: expected {(allowed ? "allowed" : denied)}, got {(int)status}");
                }
            }
        }

        Assert.Empty(wrong);
    }

    private async Task<(HttpStatusCode Status, string? Location)> CallAsync(Row row, string? caller)
    {
        var method = row.Method == EndpointInventory.AnyMethod ? HttpMethod.Get : new HttpMethod(row.Method);
        var content = row.Body is null ? null : new StringContent(row.Body, Encoding.UTF8, "application/json");
        using var request = await platform.RequestAsync(method, row.Sample, caller, content);
        if (row.Route.EndsWith("/events", StringComparison.Ordinal))
        {
            // The ingest also wants a proctoring token for the sitting: a fresh one per call, as each opens one stream.
            var tokens = platform.Services.GetRequiredService<ProctoringTokens>();
            request.Headers.Add(SecurityProbes.ProctoringTokenHeader, tokens.Issue("matrix", "cand-x").Value);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await platform.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        return (response.StatusCode, response.Headers.Location is { } location ? new Uri(platform.Http.BaseAddress!, location).PathAndQuery : null);
    }

    private sealed record Row(string Method, string Route, string Sample, string Expected, string? Body = null);
}
