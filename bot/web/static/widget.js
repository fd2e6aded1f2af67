/*
 * Parent safety assistant: the chat widget a school embeds with one line:
 *   <script src="https://HOST/widget.js" data-site="SLUG" async></script>
 * Plain ES2019, no dependencies, no third-party requests. Everything renders in an open
 * Shadow DOM. Bot, staff and user text is only ever set with textContent.
 * Stores one thing: a random sender id in sessionStorage ("psa-sender").
 * Test hooks (data-testid): chat-launcher, chat-input, chat-send, bot-message, user-message,
 * quick-exit, typing, quick-reply, chat-error, chat-retry.
 */
(function () {
  "use strict";

  var TAG = "parent-safety-chat";
  var KEY = "psa-sender";
  var BLUE = "#1d4ed8";
  var DEFAULTS = {
    name: "",
    emergency_number: "999",
    greeting: "Hello. I can help you talk with your child about staying safe online.",
    quick_exit_url: "https://www.bbc.co.uk/weather"
  };
  var NET_ERROR = "Sorry, I couldn't reach the service. Your message is kept: try again.";
  var TITLE = "Online safety help";

  if (!window.customElements || !window.fetch || !Element.prototype.attachShadow) return;

  var CSS =
    ":host{all:initial!important;display:block!important;position:static!important}" +
    "*{box-sizing:border-box}[hidden]{display:none!important}" +
    ".w{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;" +
    "font-size:1em;line-height:1.45;color:#0f172a;color-scheme:light;text-align:left}" +
    ".sr{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}" +
    "button{font:inherit;font-weight:600;cursor:pointer;border:2px solid transparent;border-radius:.5em;" +
    "padding:.55em .9em;min-height:2.75em;min-width:2.75em;line-height:1.2;margin:0}" +
    "button:focus-visible,textarea:focus-visible,a:focus-visible{outline:3px solid #0f172a;outline-offset:2px;box-shadow:0 0 0 5px #fff}" +
    ".bar{position:fixed;right:1em;bottom:1em;z-index:2147483000;display:flex;flex-wrap:wrap;" +
    "justify-content:flex-end;align-items:center;gap:.5em;max-width:calc(100vw - 2em)}" +
    ".launch,.send,.user{background:var(--p);color:#fff}" +
    ".launch{box-shadow:0 2px 8px rgba(0,0,0,.35)}" +
    ".qx{background:#b91c1c;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.35)}" +
    ".head .qx{border-color:#fff;box-shadow:none}" +
    ".panel{position:fixed;z-index:2147483001;right:1em;bottom:5em;width:23.75em;max-width:calc(100vw - 2em);" +
    "height:37.5em;max-height:calc(100vh - 6.5em);display:flex;flex-direction:column;background:#fff;" +
    "border:1px solid #64748b;border-radius:.75em;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow-y:auto}" +
    "@media (max-width:480px),(max-height:500px){.panel{top:0;left:0;right:0;bottom:0;width:auto;" +
    "max-width:none;height:auto;max-height:none;border:0;border-radius:0}}" +
    ".head{display:flex;flex-wrap:wrap;align-items:center;gap:.5em;padding:.5em .75em;background:var(--p);color:#fff}" +
    ".ttl{flex:1 1 8em;min-width:0}h2{margin:0;font-size:1.1em;line-height:1.3}.site{margin:0;font-size:.875em}" +
    ".acts{display:flex;flex-wrap:wrap;gap:.4em}.close{background:transparent;color:#fff;border-color:#fff}" +
    ".banner{margin:0;padding:.45em .75em;background:#fef3c7;color:#451a03;border-bottom:1px solid #b45309;font-size:.9375em}" +
    ".banner a{color:#451a03;font-weight:700}" +
    ".scroll{flex:1 1 auto;min-height:4em;overflow-y:auto;position:relative;padding:.75em;overscroll-behavior:contain}" +
    ".log{display:flex;flex-direction:column;gap:.6em}" +
    ".row{display:flex;flex-direction:column;align-items:flex-start;gap:.4em}.row.u{align-items:flex-end}" +
    ".b{margin:0;max-width:88%;padding:.55em .8em;border-radius:.9em;white-space:pre-wrap;overflow-wrap:anywhere}" +
    ".bot{background:#f1f5f9;color:#0f172a;border:1px solid #cbd5e1;border-bottom-left-radius:.25em}" +
    ".bot a{color:#1e40af;text-decoration:underline}" +
    ".user{border-bottom-right-radius:.25em}" +
    ".err{background:#fef2f2;color:#7f1d1d;border:1px solid #f87171}" +
    ".qr{display:flex;flex-wrap:wrap;gap:.4em;max-width:100%}" +
    ".qr button,.retry{background:#fff;color:var(--p);border-color:var(--p);text-align:left}" +
    ".qr button:disabled{background:#f8fafc;color:#475569;border-color:#cbd5e1;cursor:default}" +
    ".typing{display:flex;gap:.3em;width:max-content;margin-top:.6em;padding:.75em .9em;background:#f1f5f9;" +
    "border:1px solid #cbd5e1;border-radius:.9em}" +
    ".d{width:.5em;height:.5em;border-radius:50%;background:#475569;animation:psa-b 1.2s infinite ease-in-out}" +
    ".d:nth-child(2){animation-delay:.15s}.d:nth-child(3){animation-delay:.3s}" +
    "@keyframes psa-b{0%,80%,100%{opacity:.35;transform:translateY(0)}40%{opacity:1;transform:translateY(-.25em)}}" +
    ".compose{display:flex;align-items:flex-end;gap:.5em;padding:.6em .75em;border-top:1px solid #cbd5e1;background:#fff}" +
    "textarea{flex:1 1 auto;min-width:0;margin:0;font:inherit;font-size:1em;line-height:1.4;color:#0f172a;" +
    "background:#fff;border:2px solid #64748b;border-radius:.5em;padding:.5em .6em;resize:none}" +
    "textarea::placeholder{color:#475569;opacity:1}" +
    "@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}" +
    "@media print{.w{display:none}}";

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        node.setAttribute(k, attrs[k]);
      });
    }
    if (text != null) node.textContent = text;
    return node;
  }

  function str(value, max) {
    return typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null;
  }

  function httpUrl(value) {
    try {
      var u = new URL(value);
      return u.protocol === "https:" || u.protocol === "http:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  // WCAG relative luminance; the primary colour is used behind white text, so it must reach 4.5:1.
  function luminance(hex) {
    var h = hex.slice(1);
    if (h.length === 3) h = h.replace(/./g, "$&$&");
    var c = [0, 2, 4].map(function (i) {
      var v = parseInt(h.substr(i, 2), 16) / 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  function primary(value) {
    return typeof value === "string" && /^#([0-9a-f]{3}){1,2}$/i.test(value) &&
      1.05 / (luminance(value) + 0.05) >= 4.5 ? value : BLUE;
  }

  function newId() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === "function") return c.randomUUID();
    var bytes = new Uint8Array(16);
    c.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return (b + 256).toString(16).slice(1);
    }).join("");
  }

  // Bot text with http(s) links made clickable; everything else stays text.
  function appendLinked(parent, text) {
    var re = /https?:\/\/[^\s<>"]+/gi;
    var last = 0;
    var m;
    while ((m = re.exec(text))) {
      var url = m[0].replace(/[.,;:)!?'\]]+$/, "");
      var href = httpUrl(url);
      if (!href) continue;
      if (m.index > last) parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el("a", { href: href, target: "_blank", rel: "noopener noreferrer" }, url));
      last = m.index + url.length;
    }
    if (last < text.length) parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function setup(host) {
    var site = host.getAttribute("data-site") || "";
    var region = host.getAttribute("data-region");
    var origin = host.getAttribute("data-origin") || location.origin;
    var cfg = Object.assign({}, DEFAULTS);
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    var open = false;
    var greeted = false;
    var greetingPending = false;
    var busy = false;
    var dead = false;
    var sender = null;
    var inflight = null;
    var escTimes = [];

    if (root.adoptedStyleSheets && window.CSSStyleSheet && "replaceSync" in CSSStyleSheet.prototype) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", null, CSS));
    }

    var w = el("div", { class: "w", lang: "en" });
    w.style.setProperty("--p", BLUE);

    var qx = el("button", {
      type: "button", class: "qx", "data-testid": "quick-exit",
      "aria-label": "Quick exit: leave this site now"
    }, "Quick exit");
    var launcher = el("button", {
      type: "button", class: "launch", "data-testid": "chat-launcher",
      "aria-expanded": "false", "aria-controls": "psa-panel"
    }, TITLE);
    var bar = el("div", { class: "bar" });
    bar.append(qx, launcher);

    var panel = el("div", { id: "psa-panel", class: "panel", role: "dialog", "aria-label": TITLE + " chat" });
    panel.hidden = true;
    var head = el("div", { class: "head" });
    var titles = el("div", { class: "ttl" });
    var siteName = el("p", { class: "site" });
    siteName.hidden = true;
    titles.append(el("h2", null, TITLE), siteName);
    var acts = el("div", { class: "acts" });
    var closeBtn = el("button", { type: "button", class: "close", "aria-label": "Close chat" }, "Close");
    acts.append(closeBtn);
    head.append(titles, acts);

    var banner = el("p", { class: "banner" });

    // Focusable so keyboard users can scroll the conversation (axe: scrollable-region-focusable).
    var scroll = el("div", { class: "scroll", tabindex: "0", role: "region", "aria-label": "Conversation" });
    var log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions" });
    var typing = el("div", { class: "typing", "data-testid": "typing", role: "status", "aria-label": "The assistant is typing" });
    typing.append(el("span", { class: "d" }), el("span", { class: "d" }), el("span", { class: "d" }),
      el("span", { class: "sr" }, "The assistant is typing"));
    typing.hidden = true;
    scroll.append(log, typing);

    var compose = el("div", { class: "compose" });
    var input = el("textarea", {
      "data-testid": "chat-input", "aria-label": "Type your message", maxlength: "2000",
      rows: "2", placeholder: "Type your message", autocomplete: "off"
    });
    var sendBtn = el("button", { type: "button", class: "send", "data-testid": "chat-send", "aria-label": "Send" }, "Send");
    compose.append(input, sendBtn);

    panel.append(head, banner, scroll, compose);
    w.append(bar, panel);
    root.append(w);

    function renderBanner() {
      var num = cfg.emergency_number;
      banner.textContent = "Not an emergency service. In danger now? Call ";
      var tel = num.replace(/[^0-9+]/g, "");
      banner.append(/^\+?[0-9 ()-]{2,20}$/.test(num) ? el("a", { href: "tel:" + tel }, num) : num, ".");
    }
    renderBanner();

    function applyConfig(data) {
      if (!data || typeof data !== "object") return;
      cfg.name = str(data.name, 120) || "";
      cfg.emergency_number = str(data.emergency_number, 40) || DEFAULTS.emergency_number;
      cfg.greeting = str(data.greeting, 2000) || DEFAULTS.greeting;
      cfg.quick_exit_url = httpUrl(data.quick_exit_url) || DEFAULTS.quick_exit_url;
      w.style.setProperty("--p", primary(data.primary_colour));
      siteName.textContent = cfg.name;
      siteName.hidden = !cfg.name;
      renderBanner();
    }

    function timed(ms) {
      if (typeof AbortController !== "function") return {};
      var ctrl = new AbortController();
      var t = setTimeout(function () { ctrl.abort(); }, ms);
      return { signal: ctrl.signal, abort: function () { ctrl.abort(); }, done: function () { clearTimeout(t); } };
    }

    var cfgTimer = timed(6000);
    var cfgReady = (site
      ? fetch(origin + "/api/sites/" + encodeURIComponent(site), {
        credentials: "omit", cache: "no-store", signal: cfgTimer.signal
      }).then(function (res) {
        return res.ok ? res.json().then(applyConfig) : null;
      })
      : Promise.resolve()
    ).catch(function () {}).then(function () {
      if (cfgTimer.done) cfgTimer.done();
    });

    function scrollTo(row) {
      scroll.scrollTop = row ? row.offsetTop - 8 : scroll.scrollHeight;
    }

    function syncTyping() {
      typing.hidden = !(busy || greetingPending);
      if (!typing.hidden) scrollTo();
    }

    function row(kind) {
      var r = el("div", { class: "row " + kind });
      log.append(r);
      return r;
    }

    function addUser(text) {
      var r = row("u");
      r.append(el("p", { class: "b user", "data-testid": "user-message" }, text));
      scrollTo();
    }

    function addBot(msg) {
      if (!msg || typeof msg !== "object") return null;
      var text = typeof msg.text === "string" ? msg.text : "";
      var buttons = Array.isArray(msg.buttons) ? msg.buttons.filter(function (b) {
        return b && (str(b.title, 200) || str(b.payload, 2000));
      }) : [];
      if (!text.trim() && !buttons.length) return null;
      var r = row("k");
      if (text.trim()) {
        var bubble = el("p", { class: "b bot", "data-testid": "bot-message" });
        appendLinked(bubble, text);
        r.append(bubble);
      }
      if (buttons.length) {
        var group = el("div", { class: "qr", role: "group", "aria-label": "Suggested replies" });
        buttons.forEach(function (b) {
          var title = str(b.title, 200) || str(b.payload, 200);
          var payload = str(b.payload, 2000) || title;
          var btn = el("button", { type: "button", "data-testid": "quick-reply" }, title);
          btn.addEventListener("click", function (e) {
            if (!send(payload, title, false)) return;
            Array.prototype.forEach.call(group.querySelectorAll("button"), function (x) { x.disabled = true; });
            if (e.detail === 0) input.focus(); // keyboard activation: keep focus somewhere useful
          });
          group.append(btn);
        });
        r.append(group);
      }
      return r;
    }

    function addError(text, retryText, typed) {
      var r = row("k");
      r.append(el("p", { class: "b err", "data-testid": "chat-error" }, text));
      if (retryText) {
        var retry = el("button", { type: "button", class: "retry", "data-testid": "chat-retry" }, "Retry");
        retry.addEventListener("click", function () {
          if (busy) return;
          r.remove();
          input.focus();
          post(retryText, typed);
        });
        r.append(retry);
      }
      scrollTo();
    }

    function senderId() {
      if (sender) return sender;
      try { sender = sessionStorage.getItem(KEY); } catch (e) { /* storage blocked */ }
      if (!sender || !/^[A-Za-z0-9-]{8,64}$/.test(sender)) {
        sender = newId();
        try { sessionStorage.setItem(KEY, sender); } catch (e) { /* kept in memory only */ }
      }
      return sender;
    }

    function post(text, typed) {
      busy = true;
      syncTyping();
      var body = { sender: senderId(), message: text, site: site };
      if (region) body.region = region;
      var t = timed(45000);
      inflight = t;
      fetch(origin + "/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
        credentials: "omit",
        cache: "no-store",
        signal: t.signal
      }).then(function (res) {
        return res.json().catch(function () { return null; }).then(function (data) {
          return { status: res.status, data: data };
        });
      }).then(function (r) {
        if (dead) return;
        if (r.status >= 200 && r.status < 300 && Array.isArray(r.data)) {
          var first = null;
          r.data.forEach(function (m) {
            var added = addBot(m);
            first = first || added;
          });
          if (first) scrollTo(first); // show the start of a long reply, not its end
          return;
        }
        var msg = r.data && str(r.data.error, 500);
        if (r.status >= 500 || r.status < 400) {
          addError(NET_ERROR, text, typed);
        } else {
          if (r.status === 429) msg = msg || "You're sending messages very quickly. Please wait a minute and try again.";
          if (r.status === 403) msg = msg || "The chat is not available on this page.";
          addError(msg || "Sorry, something went wrong. Please try again.");
          if (typed && !input.value) input.value = text;
        }
      }, function () {
        if (!dead) addError(NET_ERROR, text, typed);
      }).then(function () {
        if (t.done) t.done();
        inflight = null;
        busy = false;
        if (!dead) syncTyping();
      });
    }

    function send(text, shown, typed) {
      if (busy || dead) return false;
      text = String(text).trim().slice(0, 2000);
      if (!text) return false;
      addUser(shown || text);
      post(text, typed);
      return true;
    }

    function submit() {
      if (busy || !input.value.trim()) return;
      var text = input.value;
      input.value = "";
      send(text, null, true);
    }

    function greet() {
      if (greeted) return;
      greeted = true;
      greetingPending = true;
      syncTyping();
      cfgReady.then(function () {
        greetingPending = false;
        if (dead) return;
        var r = addBot({ text: cfg.greeting });
        syncTyping();
        if (r && !busy) scrollTo(r);
      });
    }

    function placeQuickExit() {
      if (open) acts.insertBefore(qx, closeBtn);
      else bar.insertBefore(qx, launcher);
    }

    function setOpen(value) {
      open = value;
      panel.hidden = !value;
      launcher.setAttribute("aria-expanded", String(value));
      placeQuickExit();
      if (value) {
        greet();
        input.focus();
      } else {
        launcher.focus();
      }
    }

    function quickExit() {
      dead = true;
      try { sessionStorage.removeItem(KEY); } catch (e) { /* nothing stored */ }
      if (inflight && inflight.abort) inflight.abort();
      host.remove();
      window.location.replace(cfg.quick_exit_url);
    }

    function onKey(e) {
      if (e.key !== "Escape" && e.key !== "Esc") return;
      if (e.repeat) return;
      var now = Date.now();
      escTimes = escTimes.filter(function (t) { return now - t < 2000; });
      escTimes.push(now);
      if (escTimes.length >= 3) {
        e.preventDefault();
        quickExit();
        return;
      }
      var target = e.composedPath ? e.composedPath()[0] : e.target;
      if (open && (host.contains(e.target) || target === document.body || target === document.documentElement)) {
        setOpen(false);
      }
    }

    qx.addEventListener("click", quickExit);
    launcher.addEventListener("click", function () { setOpen(!open); });
    closeBtn.addEventListener("click", function () { setOpen(false); });
    sendBtn.addEventListener("click", submit);
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) {
        e.preventDefault();
        submit();
      }
    });

    return {
      attach: function () { document.addEventListener("keydown", onKey, true); },
      detach: function () {
        document.removeEventListener("keydown", onKey, true);
        if (inflight && inflight.abort) inflight.abort();
      }
    };
  }

  var states = new WeakMap();

  class ParentSafetyChat extends HTMLElement {
    connectedCallback() {
      var s = states.get(this);
      if (!s) {
        s = setup(this);
        states.set(this, s);
      }
      s.attach();
    }

    disconnectedCallback() {
      var s = states.get(this);
      if (s) s.detach();
    }
  }

  if (!customElements.get(TAG)) customElements.define(TAG, ParentSafetyChat);

  var script = document.currentScript || document.querySelector('script[src*="widget.js"][data-site]');
  if (!script || !script.src) return;
  var portal;
  try {
    portal = new URL(script.src).origin;
  } catch (e) {
    return;
  }

  function mount() {
    if (document.querySelector(TAG)) return; // embedded twice: keep one widget
    var host = document.createElement(TAG);
    host.setAttribute("data-site", script.getAttribute("data-site") || "");
    var region = script.getAttribute("data-region");
    if (region) host.setAttribute("data-region", region);
    host.setAttribute("data-origin", portal);
    document.body.appendChild(host);
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
