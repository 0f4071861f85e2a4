// Public verification of a recognition document (App.2): reads ?serial= (and the QR code's ?sig=), asks the public API,
// shows the answer in kk, ru or en, and checks the QR signature offline against the published key when the browser can.
"use strict";

const texts = {
  en: {
    title: "Certificate verification", intro: "Check a document on the recognition of professional qualifications by its serial number or QR code.",
    lookup: "Find a certificate", serialLabel: "Serial number", verify: "Verify", hint: "Six groups of digits separated by hyphens, as printed on the document.",
    result: "Result", checking: "Checking…", valid: "Valid", expired: "Expired", revoked: "Revoked",
    validNote: "This document was issued on the platform and is valid.", expiredNote: "This document was issued on the platform; its validity has ended.",
    revokedNote: "This document was revoked by its issuer.", unreachable: "The verification service cannot be reached. Try again later.",
    serialNumber: "Serial number", holder: "Holder", profession: "Profession", nrkLevel: "NRK level", center: "Recognition center",
    issuedOn: "Issued on", validUntil: "Valid until", revokedOn: "Revoked on", reason: "Reason",
    signatureOk: "The QR code's signature is genuine: it was made with the platform's published key for exactly these details.",
    signatureBad: "Warning: the QR code's signature does not match these details. The printed document may have been altered.",
  },
  ru: {
    title: "Проверка документа", intro: "Проверка документа о признании профессиональной квалификации по серийному номеру или QR-коду.",
    lookup: "Найти документ", serialLabel: "Серийный номер", verify: "Проверить", hint: "Шесть групп цифр через дефис, как напечатано в документе.",
    result: "Результат", checking: "Проверяем…", valid: "Действителен", expired: "Срок истёк", revoked: "Отозван",
    validNote: "Документ выдан на платформе и действителен.", expiredNote: "Документ выдан на платформе; срок его действия истёк.",
    revokedNote: "Документ отозван выдавшим его центром.", unreachable: "Сервис проверки недоступен. Повторите позже.",
    serialNumber: "Серийный номер", holder: "Владелец", profession: "Профессия", nrkLevel: "Уровень НРК", center: "Центр признания",
    issuedOn: "Дата выдачи", validUntil: "Действителен до", revokedOn: "Дата отзыва", reason: "Причина",
    signatureOk: "Подпись QR-кода подлинная: она сделана опубликованным ключом платформы именно для этих сведений.",
    signatureBad: "Внимание: подпись QR-кода не соответствует этим сведениям. Напечатанный документ мог быть изменён.",
  },
  kk: {
    title: "Құжатты тексеру", intro: "Кәсіптік біліктілікті тану туралы құжатты сериялық нөмірі немесе QR-коды бойынша тексеру.",
    lookup: "Құжатты табу", serialLabel: "Сериялық нөмір", verify: "Тексеру", hint: "Құжатта басылғандай, дефиспен бөлінген алты цифрлар тобы.",
    result: "Нәтиже", checking: "Тексерілуде…", valid: "Жарамды", expired: "Мерзімі өтті", revoked: "Кері қайтарылды",
    validNote: "Құжат платформада берілген және жарамды.", expiredNote: "Құжат платформада берілген; оның қолданылу мерзімі аяқталды.",
    revokedNote: "Құжатты берген орталық оны кері қайтарды.", unreachable: "Тексеру қызметі қолжетімсіз. Кейінірек қайталаңыз.",
    serialNumber: "Сериялық нөмір", holder: "Иесі", profession: "Кәсіп", nrkLevel: "ҰБШ деңгейі", center: "Тану орталығы",
    issuedOn: "Берілген күні", validUntil: "Жарамдылық мерзімі", revokedOn: "Кері қайтарылған күні", reason: "Себебі",
    signatureOk: "QR-кодтың қолтаңбасы түпнұсқа: ол дәл осы мәліметтер үшін платформаның жарияланған кілтімен жасалған.",
    signatureBad: "Назар аударыңыз: QR-кодтың қолтаңбасы осы мәліметтерге сәйкес келмейді. Басылған құжат өзгертілген болуы мүмкін.",
  },
};

const params = new URLSearchParams(location.search);
const form = document.getElementById("verify-form");
const input = document.getElementById("serial");
const section = document.getElementById("result");
const outcome = document.getElementById("outcome");
const details = document.getElementById("details");
const signature = document.getElementById("signature");
let language = pickLanguage();
let lastQuery = null; // asked again when the language changes, so the API answers in it

function pickLanguage() {
  const asked = params.get("lang");
  if (asked in texts) return asked;
  const preferred = (navigator.languages || [navigator.language]).map((l) => (l || "").split("-")[0].toLowerCase());
  return preferred.find((l) => l in texts) || "en";
}

function t(key) { return texts[language][key]; }

function applyLanguage() {
  document.documentElement.lang = language;
  document.querySelectorAll("[data-text]").forEach((element) => { element.textContent = t(element.dataset.text); });
  document.querySelectorAll("[data-lang]").forEach((button) => button.setAttribute("aria-pressed", String(button.dataset.lang === language)));
  document.title = `${t("title")} — Qualification Recognition Platform`;
}

function row(label, value) {
  const dt = document.createElement("dt");
  dt.textContent = label;
  const dd = document.createElement("dd");
  dd.textContent = value;
  details.append(dt, dd);
}

function inLanguage(bilingual) { return language === "kk" ? bilingual.kk : bilingual.ru; }

function render(answer) {
  section.hidden = false;
  outcome.replaceChildren();
  details.replaceChildren();
  const badge = document.createElement("span");
  const note = document.createElement("p");
  if (answer.certificate) {
    const c = answer.certificate;
    badge.className = `badge ${c.status}`;
    badge.textContent = t(c.status);
    note.textContent = t(`${c.status}Note`);
    row(t("serialNumber"), c.serialNumber);
    row(t("holder"), c.holder);
    row(t("profession"), inLanguage(c.profession));
    row(t("nrkLevel"), String(c.nrkLevel));
    row(t("center"), `${inLanguage(c.center)} (№ ${c.centerNumber})`);
    row(t("issuedOn"), c.issuedOn);
    row(t("validUntil"), c.validUntil);
    if (c.revokedOn) {
      row(t("revokedOn"), c.revokedOn);
      row(t("reason"), c.revocationReason || "");
    }
  } else {
    badge.className = "badge problem";
    badge.textContent = answer.title || t("unreachable");
    note.textContent = answer.detail || "";
  }

  outcome.append(badge, note);
  details.hidden = !answer.certificate;
  signature.hidden = answer.signature == null;
  signature.className = answer.signature ? "ok" : "bad";
  signature.textContent = answer.signature == null ? "" : t(answer.signature ? "signatureOk" : "signatureBad");
}

async function lookUp(serial, sig) {
  lastQuery = { serial, sig };
  section.hidden = false;
  outcome.textContent = t("checking");
  let answer;
  try {
    const response = await fetch(`/api/v1/certificates/${encodeURIComponent(serial)}`, { headers: { "Accept-Language": language } });
    const body = await response.json();
    answer = response.ok ? { certificate: body, signature: await checkSignature(body, sig) } : { title: body.title, detail: body.detail };
  } catch {
    answer = { title: t("unreachable") };
  }

  render(answer);
}

// The canonical form of App.2's signed fields (Platform.Documents.Signing.CertificateCanonicalForm), checked with WebCrypto.
async function checkSignature(c, sig) {
  if (!sig || !window.crypto || !crypto.subtle) return null;
  try {
    const jwk = await (await fetch("/.well-known/certificate-signing-key")).json();
    const key = await crypto.subtle.importKey("jwk", { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
    const fields = ["QRP-CERT-1", c.serialNumber, c.holder, c.profession.kk, c.profession.ru, String(c.nrkLevel), c.center.kk, c.center.ru, c.issuedOn, c.validUntil];
    const data = new TextEncoder().encode(fields.map((f) => f.trim().normalize("NFC")).join("\n"));
    const bytes = Uint8Array.from(atob(sig.replace(/-/g, "+").replace(/_/g, "/")), (ch) => ch.charCodeAt(0));
    return await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, bytes, data);
  } catch {
    return false;
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const serial = input.value.trim();
  history.replaceState(null, "", `?serial=${encodeURIComponent(serial)}${params.has("lang") ? `&lang=${language}` : ""}`);
  lookUp(serial, null);
});

document.querySelectorAll("[data-lang]").forEach((button) => button.addEventListener("click", () => {
  language = button.dataset.lang;
  applyLanguage();
  if (lastQuery) lookUp(lastQuery.serial, lastQuery.sig);
}));

applyLanguage();
if (params.get("serial")) {
  input.value = params.get("serial");
  lookUp(params.get("serial"), params.get("sig"));
}
