// Every string of center.html and sitting.html, one table per language (kk, ru). Enum values of the API (camelCase)
// are keys too: "state.theoryOpen", "connection.lost", "item.mobilePhone", "kind.severalFaces".
window.QRP_TEXT = {
  kk: {
    "lang.label": "Тіл",
    "signin.title": "Кіру (әзірлеу ортасы)",
    "signin.account": "Демо тіркелгі",
    "signin.submit": "Кіру",
    "signin.failed": "Кіру сәтсіз аяқталды",
    "center.title": "Орталықтың тікелей тақтасы",
    "center.number": "Орталық нөмірі",
    "center.watch": "Бақылау",
    "center.caption": "Орталықтың емтихан сессиялары",
    "col.candidate": "Кандидат кілті",
    "col.state": "Күйі",
    "col.progress": "Жауаптар",
    "col.timeLeft": "Қалған уақыт",
    "col.warnings": "Ескертулер",
    "col.suspicious": "Күдікті оқиғалар",
    "col.ended": "Тоқтату",
    "col.connection": "Байланыс",
    "center.empty": "Әзірге сессия жоқ.",
    "live.connecting": "Қосылуда…",
    "live.connected": "Тікелей эфирде",
    "live.reconnecting": "Байланыс үзілді, қайта қосылуда…",
    "live.closed": "Байланыс жабылды",
    "live.refused": "Қолжетімсіз",
    "state.scheduled": "Жоспарланған",
    "state.checkedIn": "Тіркелді",
    "state.theoryOpen": "Теория жүріп жатыр",
    "state.theorySubmitted": "Теория тапсырылды",
    "state.notAdmitted": "Жіберілмеді",
    "state.practicalOpen": "Практика жүріп жатыр",
    "state.completed": "Аяқталды",
    "state.terminated": "Тоқтатылды",
    "state.removed": "Шығарылды",
    "state.technicalFailure": "Техникалық ақау",
    "state.cancelled": "Күшін жойды",
    "connection.unknown": "Белгісіз",
    "connection.connected": "Қосулы",
    "connection.lost": "Үзілді",
    "ended.none": "—",
    "sitting.title": "Онлайн емтихан",
    "sitting.id": "Сессия",
    "sitting.open": "Ашу",
    "sitting.timeLeft": "Қалған уақыт",
    "sitting.question": "Сұрақ",
    "sitting.saved": "Сақталды",
    "sitting.saving": "Сақталуда…",
    "sitting.notSaved": "Сақталмады",
    "sitting.submit": "Жауаптарды тапсыру",
    "sitting.submitted": "Жауаптар тапсырылды.",
    "sitting.warning": "Ескерту (Қағидалардың 13-т.): тыйым салынған зат немесе бұзушылық анықталды. Қайталанған бұзушылық емтиханды тоқтатады.",
    "sitting.warningAck": "Түсіндім",
    "sitting.terminated": "Емтихан тоқтатылды (Қағидалардың 13-т.): ескертуден кейінгі қайталанған бұзушылық. Бұзушылық туралы акт жасалады.",
    "sitting.notOpen": "Теория кезеңі ашық емес.",
    "item.mobilePhone": "ұялы телефон", "item.smartphone": "смартфон", "item.smartWatch": "смарт-сағат", "item.headphones": "құлаққап",
    "item.cribSheet": "шпаргалка", "item.calculator": "калькулятор",
    "kind.severalFaces": "бірнеше бет", "kind.faceMissing": "бет жоқ", "kind.prohibitedItem": "тыйым салынған зат"
  },
  ru: {
    "lang.label": "Язык",
    "signin.title": "Вход (среда разработки)",
    "signin.account": "Демо-учётная запись",
    "signin.submit": "Войти",
    "signin.failed": "Войти не удалось",
    "center.title": "Живая панель центра",
    "center.number": "Номер центра",
    "center.watch": "Наблюдать",
    "center.caption": "Экзаменационные сессии центра",
    "col.candidate": "Ключ кандидата",
    "col.state": "Состояние",
    "col.progress": "Ответы",
    "col.timeLeft": "Осталось времени",
    "col.warnings": "Предупреждения",
    "col.suspicious": "Подозрительные события",
    "col.ended": "Прекращение",
    "col.connection": "Связь",
    "center.empty": "Сессий пока нет.",
    "live.connecting": "Подключение…",
    "live.connected": "В эфире",
    "live.reconnecting": "Связь прервалась, переподключение…",
    "live.closed": "Соединение закрыто",
    "live.refused": "Нет доступа",
    "state.scheduled": "Назначена",
    "state.checkedIn": "Регистрация пройдена",
    "state.theoryOpen": "Идёт теория",
    "state.theorySubmitted": "Теория сдана",
    "state.notAdmitted": "Не допущен",
    "state.practicalOpen": "Идёт практика",
    "state.completed": "Завершена",
    "state.terminated": "Прекращена",
    "state.removed": "Удалён",
    "state.technicalFailure": "Технический сбой",
    "state.cancelled": "Отменена",
    "connection.unknown": "Неизвестно",
    "connection.connected": "На связи",
    "connection.lost": "Потеряна",
    "ended.none": "—",
    "sitting.title": "Онлайн-экзамен",
    "sitting.id": "Сессия",
    "sitting.open": "Открыть",
    "sitting.timeLeft": "Осталось времени",
    "sitting.question": "Вопрос",
    "sitting.saved": "Сохранено",
    "sitting.saving": "Сохранение…",
    "sitting.notSaved": "Не сохранено",
    "sitting.submit": "Сдать ответы",
    "sitting.submitted": "Ответы сданы.",
    "sitting.warning": "Предупреждение (п. 13 Правил): обнаружен запрещённый предмет или нарушение. Повторное нарушение прекращает экзамен.",
    "sitting.warningAck": "Понятно",
    "sitting.terminated": "Экзамен прекращён (п. 13 Правил): повторное нарушение после предупреждения. Составляется акт о нарушении.",
    "sitting.notOpen": "Теоретический этап не открыт.",
    "item.mobilePhone": "мобильный телефон", "item.smartphone": "смартфон", "item.smartWatch": "смарт-часы", "item.headphones": "наушники",
    "item.cribSheet": "шпаргалка", "item.calculator": "калькулятор",
    "kind.severalFaces": "несколько лиц", "kind.faceMissing": "лицо не видно", "kind.prohibitedItem": "запрещённый предмет"
  }
};

// Shared helpers of the two live pages: language, sign-in through the development issuer, time spans.
window.QRP = (() => {
  const params = new URLSearchParams(location.search);
  let lang = params.get("lang") || sessionStorage.getItem("qrp.lang") || "kk";
  const listeners = [];
  const t = (key) => (QRP_TEXT[lang] && QRP_TEXT[lang][key]) || key;
  function apply() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-text]").forEach((el) => { el.textContent = t(el.dataset.text); });
    listeners.forEach((f) => f());
  }
  function setLang(value) { lang = value; sessionStorage.setItem("qrp.lang", value); apply(); }
  function wireLanguage(select) {
    select.value = lang;
    select.addEventListener("change", () => setLang(select.value));
  }
  async function signIn(account) {
    const response = await fetch("/api/v1/dev/tokens", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ account })
    });
    if (!response.ok) throw new Error(t("signin.failed"));
    const token = (await response.json()).accessToken;
    sessionStorage.setItem("qrp.token", token);
    return token;
  }
  function claims(token) {
    const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(decodeURIComponent(escape(atob(part))));
  }
  // .NET TimeSpan JSON ("[d.]hh:mm:ss[.fffffff]") in seconds.
  function seconds(span) {
    if (typeof span === "number") return span;
    const m = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(span || "");
    if (!m) return 0;
    const s = (+(m[2] || 0)) * 86400 + (+m[3]) * 3600 + (+m[4]) * 60 + parseFloat(m[5]);
    return m[1] ? -s : s;
  }
  function clock(total) {
    const s = Math.max(0, Math.floor(total));
    const pad = (n) => String(n).padStart(2, "0");
    return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  }
  // A hub connection that renews its token: the server closes a connection when the token it was opened with
  // expires, the automatic reconnect asks the factory again, and the factory signs in anew when the token has less
  // than a minute left.
  function connect(path, account, token) {
    let current = token;
    async function fresh() {
      if ((claims(current).exp || 0) * 1000 - Date.now() < 60000) current = await signIn(account);
      return current;
    }
    return new signalR.HubConnectionBuilder()
      .withUrl(path, { accessTokenFactory: fresh, skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
      .withAutomaticReconnect()
      .build();
  }
  return { t, apply, setLang, wireLanguage, signIn, claims, seconds, clock, connect, params, onLanguage: (f) => listeners.push(f), get lang() { return lang; } };
})();
