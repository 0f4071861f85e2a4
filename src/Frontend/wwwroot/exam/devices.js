// The online exam's device check (P2.8): the camera and the microphone, found with the browser's media API, each shown
// with its name (texts from the page's #exam-data, in the page's language). The tracks are stopped at once: the
// proctoring client holds them during the exam.
(() => {
  "use strict";
  const button = document.getElementById("device-check");
  if (!button) return;
  const $ = (id) => document.getElementById(id);
  const texts = JSON.parse(document.getElementById("exam-data").textContent).texts;
  const say = (key, ...args) => (texts[key] ?? key).replace(/\{(\d)\}/g, (_, i) => String(args[+i]));
  const element = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  async function probe(constraints) {
    try {
      const stream = await navigator.mediaDevices.getUserMedia(constraints);
      const track = stream.getTracks()[0];
      const label = track ? track.label || "—" : null;
      stream.getTracks().forEach((t) => t.stop());
      return { label };
    } catch (error) {
      return { error: error && error.name };
    }
  }

  async function checkDevices() {
    const list = $("device-results");
    const line = (text, kind) => element("li", kind, text);
    list.replaceChildren(line(say("Exam.Js.Checking")));
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      list.replaceChildren(line(say("Exam.Js.DevicesUnsupported"), "bad"));
      return;
    }
    const camera = await probe({ video: true });
    const microphone = await probe({ audio: true });
    if (camera.error === "NotAllowedError" || microphone.error === "NotAllowedError") {
      list.replaceChildren(line(say("Exam.Js.DevicesDenied"), "bad"));
      return;
    }
    const found = [
      camera.label ? line(say("Exam.Js.CameraFound", camera.label), "ok") : line(say("Exam.Js.CameraMissing"), "bad"),
      microphone.label ? line(say("Exam.Js.MicrophoneFound", microphone.label), "ok") : line(say("Exam.Js.MicrophoneMissing"), "bad"),
    ];
    if (camera.label && microphone.label) found.push(line(say("Exam.Js.DevicesOk"), "ok"));
    list.replaceChildren(...found);
  }

  button.hidden = false;
  button.addEventListener("click", checkDevices);
})();
