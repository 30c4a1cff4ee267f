/*
 * The web chat in the browser: plain JavaScript, no framework, no third-party code, loaded as
 * /app.js (the CSP allows no inline script). Every visible string comes from /api/strings (the
 * page's locales/LANG/web.json) or from the server's replies. Buttons carry choice IDs, never
 * labels. Quick Exit (button, or Esc twice) tells the server to delete the conversation and
 * replaces this page with a neutral one, leaving no history entry.
 */
'use strict';

(function () {
  var body = document.body;
  var log = document.getElementById('log');
  var choicesBox = document.getElementById('choices');
  var form = document.getElementById('composer');
  var input = document.getElementById('text');
  var sendButton = form.querySelector('button[type="submit"]');
  var exitUrl = body.getAttribute('data-exit-url') || 'about:blank';
  var lang = body.getAttribute('data-lang') || 'ja';
  /* 'new' (starting), 'resume' (offering continue or restart), 'chat' (talking) */
  var mode = body.getAttribute('data-mode') || 'new';
  var pendingLang = null;
  var busy = false;
  var lastEscape = 0;
  var shownCards = null;
  var cache = {};
  var MAX_TEXT = 2000;
  var DOUBLE_ESCAPE_MS = 1000;
  var KIND_KEYS = {
    phone: 'kindPhone',
    web: 'kindWeb',
    email: 'kindEmail',
    letter: 'kindLetter',
    'in-person': 'kindInPerson',
    sns: 'kindSns'
  };

  /* ---- Quick Exit: first, so it works even if anything below fails ---- */

  function quickExit() {
    var queued = false;
    try {
      queued = navigator.sendBeacon('/api/exit');
    } catch (e) {
      queued = false;
    }
    if (!queued) {
      try {
        fetch('/api/exit', { method: 'POST', credentials: 'same-origin', keepalive: true }).catch(function () {});
      } catch (e) {
        /* nothing more can be done before leaving */
      }
    }
    log.textContent = '';
    choicesBox.textContent = '';
    input.value = '';
    location.replace(exitUrl);
  }

  document.getElementById('quick-exit').addEventListener('click', quickExit);
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - lastEscape <= DOUBLE_ESCAPE_MS) quickExit();
    lastEscape = now;
  });

  /* ---- strings ---- */

  function strings(l) {
    if (cache[l]) return Promise.resolve(cache[l]);
    return fetch('/api/strings?lang=' + encodeURIComponent(l), { credentials: 'same-origin', cache: 'no-store' })
      .then(function (res) {
        if (!res.ok) throw new Error('strings ' + res.status);
        return res.json();
      })
      .then(function (s) {
        cache[l] = s;
        return s;
      });
  }

  function fill(template, values) {
    return String(template).replace(/\{\{\s*(\w+)\s*\}\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole;
    });
  }

  function htmlLang(l) {
    return l === 'en' ? 'en' : 'ja';
  }

  function relabel(l, s) {
    lang = l;
    document.documentElement.lang = htmlLang(l);
    body.setAttribute('data-lang', l);
    document.querySelectorAll('[data-i18n]').forEach(function (node) {
      var key = node.getAttribute('data-i18n');
      if (s[key] !== undefined) node.textContent = s[key];
    });
    document.querySelectorAll('[data-i18n-placeholder]').forEach(function (node) {
      node.setAttribute('placeholder', s[node.getAttribute('data-i18n-placeholder')]);
    });
    document.querySelectorAll('[data-i18n-aria-label]').forEach(function (node) {
      node.setAttribute('aria-label', s[node.getAttribute('data-i18n-aria-label')]);
    });
    document.querySelectorAll('.lang-switch [data-choice]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-choice') === 'lang-' + l));
    });
  }

  /* ---- DOM helpers: text nodes only, never markup ---- */

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function telHref(number) {
    return 'tel:' + encodeURIComponent(String(number).replace(/\s+/g, ''));
  }

  function isWebUrl(value) {
    return /^https?:\/\/[^\s]+$/i.test(value);
  }

  function hostOf(value) {
    try {
      return new URL(value).host;
    } catch (e) {
      return value;
    }
  }

  function say(text, who, s) {
    var label = who === 'you' ? s.youSaid : s.botSaid;
    var item = el('li', { class: 'msg ' + who }, [el('span', { class: 'visually-hidden' }, [label + ': ']), text]);
    log.append(item);
    return item;
  }

  function stripNumbers() {
    return Array.prototype.map.call(document.querySelectorAll('.strip-call'), function (link) {
      return link.querySelector('.strip-number').textContent;
    });
  }

  /* ---- replies ---- */

  function emergencyCard(lines, s) {
    var calls = stripNumbers().map(function (number) {
      return el('a', { class: 'call call-emergency', href: telHref(number) }, [fill(s.callNumber, { number: number })]);
    });
    /* role=alert on an inner element: a list item must stay a list item */
    return el('li', { class: 'msg emergency' }, [
      el('div', { role: 'alert' }, [
        el('h2', { class: 'emergency-title' }, [s.emergencyCard]),
        el(
          'div',
          { class: 'emergency-lines' },
          lines.map(function (line) {
            return el('p', {}, [line]);
          })
        )
      ]),
      el('div', { class: 'calls' }, calls)
    ]);
  }

  function contactAction(contact, s) {
    var value = contact.value;
    if (contact.kind === 'phone') {
      return el('a', { class: 'call', href: telHref(value) }, [fill(s.callNumber, { number: value })]);
    }
    if (isWebUrl(value)) {
      return el('a', { class: 'link', href: value, target: '_blank', rel: 'noopener noreferrer' }, [
        s.openWebsite + ' (' + hostOf(value) + ')'
      ]);
    }
    if (contact.kind === 'email' && /^[^\s@]+@[^\s@]+$/.test(value)) {
      return el('a', { class: 'link', href: 'mailto:' + value }, [s.sendEmail + ' (' + value + ')']);
    }
    return el('p', { class: 'contact-text' }, [value]);
  }

  function contactItem(contact, s) {
    var terms = [];
    if (contact.cost === 'free') terms.push(s.costFree);
    if (contact.cost === 'paid') terms.push(s.costPaid);
    if (contact.anonymous === 'yes') terms.push(s.anonymousYes);
    if (contact.anonymous === 'no') terms.push(s.anonymousNo);
    if (contact.anonymous === 'unknown') terms.push(s.anonymousUnknown);
    return el('li', { class: 'contact', 'data-kind': contact.kind }, [
      el('span', { class: 'kind' }, [s[KIND_KEYS[contact.kind]] || contact.kind]),
      contactAction(contact, s),
      el('p', { class: 'hours' }, [s.hours + ': ' + (contact.hours || s.hoursNotConfirmed)]),
      terms.length ? el('p', { class: 'terms' }, [terms.join(' / ')]) : null
    ]);
  }

  function badge(openNow, s) {
    if (openNow === true) return el('span', { class: 'badge open', 'data-open': 'true' }, [s.openNow]);
    if (openNow === false) return el('span', { class: 'badge closed', 'data-open': 'false' }, [s.closedNow]);
    return el('span', { class: 'badge unknown', 'data-open': 'null' }, [s.hoursUnknown]);
  }

  function referralCard(referral, s) {
    var reasons = referral.reasons || [];
    return el('article', { class: 'card', 'data-channel-id': referral.channelId }, [
      el('div', { class: 'card-head' }, [el('h3', { class: 'card-name' }, [referral.name]), badge(referral.openNow, s)]),
      reasons.length ? el('p', { class: 'why-line' }, [reasons[0]]) : null,
      el(
        'ul',
        { class: 'contacts' },
        referral.contacts.map(function (c) {
          return contactItem(c, s);
        })
      ),
      reasons.length > 1
        ? el('details', { class: 'why' }, [
            el('summary', {}, [s.whyThis]),
            el(
              'ul',
              {},
              reasons.slice(1).map(function (r) {
                return el('li', {}, [r]);
              })
            )
          ])
        : null
    ]);
  }

  function referralList(referrals, s) {
    return el('li', { class: 'referrals' }, [
      el('h2', { class: 'referrals-title' }, [s.referralsLabel]),
      el(
        'div',
        { class: 'cards' },
        referrals.map(function (r) {
          return referralCard(r, s);
        })
      )
    ]);
  }

  function renderChoices(reply) {
    var hadFocus = choicesBox.contains(document.activeElement) || document.activeElement === body;
    choicesBox.textContent = '';
    reply.choices.forEach(function (choice) {
      if (choice.id.indexOf('lang-') === 0) return;
      var attrs = { type: 'button', class: 'choice' + (choice.id === 'emergency' ? ' choice-emergency' : ''), 'data-choice': choice.id };
      if (reply.ask) attrs['data-q'] = reply.ask;
      choicesBox.append(el('button', attrs, [choice.label]));
    });
    var first = choicesBox.querySelector('button');
    if (hadFocus && first) first.focus({ preventScroll: true });
  }

  function showReply(reply) {
    return strings(reply.lang).then(function (s) {
      if (reply.lang !== lang) relabel(reply.lang, s);
      var card = reply.emergencyCard || [];
      var firstNew = null;
      var mark = function (node) {
        if (!firstNew) firstNew = node;
      };
      if (card.length) {
        var cardNode = emergencyCard(card, s);
        log.append(cardNode);
        mark(cardNode);
      }
      reply.messages.forEach(function (m) {
        if (card.indexOf(m.text) >= 0) return;
        mark(say(m.text, 'bot', s));
      });
      /* The same cards again (after "why these", say) are not repeated; a new page or language is shown. */
      var cardsKey = reply.referrals ? reply.lang + ':' + reply.referrals.map(function (r) { return r.channelId; }).join(',') : null;
      if (reply.referrals && reply.referrals.length && cardsKey !== shownCards) {
        shownCards = cardsKey;
        var list = referralList(reply.referrals, s);
        log.append(list);
        mark(list);
      }
      renderChoices(reply);
      if (firstNew) firstNew.scrollIntoView({ block: 'start' });
    });
  }

  /* ---- talking to the server ---- */

  function setBusy(on) {
    busy = on;
    log.setAttribute('aria-busy', String(on));
    sendButton.disabled = on;
    choicesBox.querySelectorAll('button').forEach(function (b) {
      b.disabled = on;
    });
  }

  function send(payload) {
    if (busy) return Promise.resolve();
    setBusy(true);
    return fetch('/api/chat', {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(payload)
    })
      .then(function (res) {
        if (!res.ok) throw new Error('chat ' + res.status);
        return res.json();
      })
      .then(function (data) {
        mode = 'chat';
        return data.replies.reduce(function (done, reply) {
          return done.then(function () {
            return showReply(reply);
          });
        }, Promise.resolve());
      })
      .catch(function () {
        return strings(lang).then(function (s) {
          log.append(el('li', { class: 'msg error' }, [el('span', { role: 'alert' }, [s.sendFailed])]));
        });
      })
      .finally(function () {
        setBusy(false);
      });
  }

  function echo(text) {
    return strings(lang).then(function (s) {
      say(text, 'you', s);
    });
  }

  function start(l) {
    shownCards = null;
    log.textContent = '';
    choicesBox.textContent = '';
    return send({ type: 'start', lang: l });
  }

  function switchLanguage(l) {
    if (mode === 'chat') return send({ type: 'choice', choice: 'lang-' + l });
    pendingLang = l;
    return strings(l).then(function (s) {
      relabel(l, s);
    });
  }

  function onChoice(button) {
    var id = button.getAttribute('data-choice');
    if (busy || !id) return;
    if (id.indexOf('lang-') === 0) {
      switchLanguage(id.slice('lang-'.length));
      return;
    }
    if (mode === 'resume' && id === 'restart') {
      start(pendingLang || lang);
      return;
    }
    var payload = { type: 'choice', choice: id };
    var q = button.getAttribute('data-q');
    if (q) payload.q = q;
    var wanted = mode === 'resume' ? pendingLang : null;
    echo(button.textContent).then(function () {
      return send(payload);
    }).then(function () {
      if (wanted && wanted !== lang) return send({ type: 'choice', choice: 'lang-' + wanted });
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-choice]');
    if (button) onChoice(button);
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value.trim().slice(0, MAX_TEXT);
    if (!text || busy) return;
    input.value = '';
    /* Typing on the continue-or-restart offer starts afresh: nothing resumes without "continue". */
    var first = mode === 'resume' ? start(pendingLang || lang) : Promise.resolve();
    first
      .then(function () {
        return echo(text);
      })
      .then(function () {
        return send({ type: 'text', text: text });
      });
  });

  if (mode === 'new') start(lang);
})();
