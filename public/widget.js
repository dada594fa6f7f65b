/*!
 * Beacon chat widget loader. Add to any page:
 *   <script src="https://support.example.com/widget.js" data-locale="en" async></script>
 * Options (data-*): locale ("zh-CN" | "en"), color (launcher colour), position ("right" | "left"), label, site (the
 * site key an admin set up under Identity, for verified customers and "identity required").
 * Script API: window.BeaconChat.open(), .close(), .toggle(); .identify(token | () => Promise<token>) hands over the
 * identity token your backend signed (a function is called again whenever a fresh one is needed); .logout() forgets
 * the customer in this browser.
 * It draws a launcher button and, when opened, an iframe on <origin>/widget: the chat runs there, on Beacon's origin,
 * so the host page never sees the conversation. The iframe reports unread messages and asks to be minimised through
 * postMessage; nothing else crosses.
 */
(function () {
  "use strict";
  if (window.BeaconChat) return;
  var script = document.currentScript || document.querySelector('script[src*="widget.js"]');
  if (!script) return;
  var origin = new URL(script.src, location.href).origin;
  var data = script.dataset || {};
  var side = data.position === "left" ? "left" : "right";
  var color = /^#[0-9a-f]{3,8}$/i.test(data.color || "") ? data.color : "#d95706";
  var locale =
    data.locale === "en" || data.locale === "zh-CN"
      ? data.locale
      : (navigator.language || "").toLowerCase().indexOf("zh") === 0
        ? "zh-CN"
        : "en";
  var label = data.label || (locale === "en" ? "Chat with us" : "在线咨询");
  var site = /^[a-z0-9][a-z0-9-]{0,63}$/.test(data.site || "") ? data.site : "";
  var IDENTITY_PREFIX = "vid.";
  var identity = null;
  var ACTIVE_KEY = "beacon.widget.active";
  // Browsers may deny storage to a third-party iframe: the visitor's guest token is kept here, on the host page, and
  // handed to the iframe by postMessage to Beacon's origin only (never in a URL).
  var TOKEN_KEY = "beacon.widget.token";
  var frame = null;
  var isOpen = false;
  var ready = false;

  var css =
    ".bcn-launcher{position:fixed;bottom:20px;" +
    side +
    ":20px;z-index:2147483000;width:56px;height:56px;border:0;border-radius:50%;" +
    "background:" +
    color +
    ";color:#fff;cursor:pointer;box-shadow:0 8px 24px rgba(15,23,42,.25);display:flex;align-items:center;" +
    "justify-content:center;transition:transform .15s ease}" +
    ".bcn-launcher:hover{transform:scale(1.06)}.bcn-launcher:focus-visible{outline:3px solid #fbbf24;outline-offset:3px}" +
    ".bcn-launcher svg{width:26px;height:26px}" +
    ".bcn-badge{position:absolute;top:-2px;" +
    (side === "left" ? "left" : "right") +
    ":-2px;min-width:20px;height:20px;padding:0 5px;border-radius:10px;" +
    "background:#dc2626;color:#fff;font:600 12px/20px system-ui,sans-serif;text-align:center;box-sizing:border-box}" +
    ".bcn-frame{position:fixed;bottom:88px;" +
    side +
    ":20px;z-index:2147483000;width:380px;height:min(640px,calc(100vh - 110px));" +
    "border:0;border-radius:16px;background:#fff;box-shadow:0 16px 48px rgba(15,23,42,.28);opacity:0;transform:translateY(12px);" +
    "pointer-events:none;transition:opacity .18s ease,transform .18s ease;color-scheme:light}" +
    ".bcn-frame.bcn-open{opacity:1;transform:none;pointer-events:auto}" +
    "@media (max-width:480px){.bcn-frame{inset:0;width:100%;height:100%;border-radius:0}.bcn-open~.bcn-launcher{display:none}}";

  var ICON_CHAT =
    '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">' +
    '<path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"/></svg>';
  var ICON_CLOSE =
    '<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" aria-hidden="true">' +
    '<path d="M18 6 6 18M6 6l12 12"/></svg>';

  var style = document.createElement("style");
  style.textContent = css;
  document.head.appendChild(style);

  var button = document.createElement("button");
  button.type = "button";
  button.className = "bcn-launcher";
  button.setAttribute("aria-label", label);
  button.setAttribute("aria-expanded", "false");
  button.title = label;
  button.innerHTML = ICON_CHAT;
  var badge = document.createElement("span");
  badge.className = "bcn-badge";
  badge.hidden = true;
  button.appendChild(badge);

  function store(key, value) {
    try {
      if (value) localStorage.setItem(key, value);
      else localStorage.removeItem(key);
    } catch {
      /* storage blocked: the chat lasts as long as the page */
    }
  }

  function stored(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function post(type, extra) {
    if (!frame || !ready) return;
    var message = { type: type };
    for (var key in extra || {}) message[key] = extra[key];
    frame.contentWindow.postMessage(message, origin);
  }

  // The identity token goes only to Beacon's origin, and only when the chat frame is ready for it.
  function sendIdentity() {
    if (!identity || !ready) return;
    var source = identity;
    Promise.resolve(typeof source === "function" ? source() : source).then(
      function (token) {
        if (typeof token === "string" && token && identity === source) post("beacon:identify", { token: token });
      },
      function () {
        /* the host's callback failed: the visitor stays as they are */
      },
    );
  }

  // A verified session is never replaced by a guest token (a guest token only ever replaces nothing or a guest).
  function keepToken(token) {
    var current = stored(TOKEN_KEY);
    if (token && current && current.indexOf(IDENTITY_PREFIX) === 0 && token.indexOf(IDENTITY_PREFIX) !== 0) return;
    store(TOKEN_KEY, token);
  }

  function ensureFrame() {
    if (frame) return frame;
    frame = document.createElement("iframe");
    frame.className = "bcn-frame";
    frame.src =
      origin +
      "/widget?locale=" +
      encodeURIComponent(locale) +
      (site ? "&site=" + site : "") +
      "&host=" +
      encodeURIComponent(location.origin);
    frame.title = label;
    frame.setAttribute("allow", "clipboard-write");
    frame.setAttribute("aria-hidden", "true");
    document.body.insertBefore(frame, button);
    return frame;
  }

  function focusFrame() {
    if (isOpen && frame) frame.focus();
  }

  function setOpen(next) {
    isOpen = next;
    ensureFrame();
    frame.classList.toggle("bcn-open", next);
    frame.setAttribute("aria-hidden", next ? "false" : "true");
    button.setAttribute("aria-expanded", String(next));
    button.innerHTML = next ? ICON_CLOSE : ICON_CHAT;
    button.appendChild(badge);
    if (next) {
      badge.hidden = true;
      post("beacon:open");
      // Focus moves into the chat once it has loaded (beacon:ready). Focusing a cross-site frame before its page has
      // committed left Chromium sending the visitor's keystrokes to the old, blank document: nothing could be typed.
      if (ready) setTimeout(focusFrame, 200);
    } else {
      post("beacon:close");
      button.focus();
    }
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    var message = event.data || {};
    if (message.type === "beacon:ready") {
      ready = true;
      post("beacon:hello", { token: stored(TOKEN_KEY) });
      post(isOpen ? "beacon:open" : "beacon:close");
      focusFrame();
      sendIdentity();
    } else if (message.type === "beacon:minimize") {
      setOpen(false);
    } else if (message.type === "beacon:active") {
      store(ACTIVE_KEY, message.active ? "1" : null);
    } else if (message.type === "beacon:token") {
      keepToken(typeof message.token === "string" ? message.token : null);
    } else if (message.type === "beacon:identity-needed") {
      if (typeof identity === "function") sendIdentity();
    } else if (message.type === "beacon:unread") {
      var count = Number(message.count) || 0;
      badge.textContent = count > 9 ? "9+" : String(count);
      badge.hidden = isOpen || count === 0;
    }
  });

  button.addEventListener("click", function () {
    setOpen(!isOpen);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && isOpen) setOpen(false);
  });

  function mount() {
    document.body.appendChild(button);
    // A visitor with a chat in progress gets it loaded in the background, so new replies show on the badge.
    // An identified customer's frame loads at once, so the chat knows them before they open it.
    if (identity || stored(ACTIVE_KEY) === "1") (window.requestIdleCallback || setTimeout)(ensureFrame);
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);

  window.BeaconChat = {
    open: function () {
      setOpen(true);
    },
    close: function () {
      setOpen(false);
    },
    toggle: function () {
      setOpen(!isOpen);
    },
    identify: function (tokenOrCallback) {
      identity = tokenOrCallback || null;
      // Before the page has loaded, mount() opens the frame; the identity follows once it reports ready.
      if (button.isConnected) ensureFrame();
      sendIdentity();
    },
    logout: function () {
      identity = null;
      store(TOKEN_KEY, null);
      store(ACTIVE_KEY, null);
      if (frame) {
        frame.remove();
        frame = null;
        ready = false;
        if (isOpen) setOpen(true);
      }
    },
  };
})();
