// The book's script (assets/book.js), shared by every page: the search box, and bookReady() for the PDF printer.
(function () {
  'use strict';
  // Pages live in the book's folder and load this file from assets/; the search files sit beside it.
  var assets = document.currentScript.src.replace(/book\.js([?#].*)?$/, '');
  var searchOptions = { prefix: true, fuzzy: 0.15, boost: { title: 3, chapter: 2 }, combineWith: 'AND' };
  var loading = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error('could not load ' + src)); };
      document.head.appendChild(script);
    });
  }

  // MiniSearch and the index (built when the book was rendered) load the first time a reader uses the search box.
  function loadIndex() {
    if (!loading) {
      loading = loadScript(assets + 'minisearch/minisearch.js')
        .then(function () { return loadScript(assets + 'search-index.js'); })
        .then(function () {
          var data = window.bookSearchIndex;
          return MiniSearch.loadJS(data.index, data.options);
        });
    }
    return loading;
  }

  function span(className, text) {
    var element = document.createElement('span');
    element.className = className;
    element.textContent = text;
    return element;
  }

  function showResults(list, results) {
    list.textContent = '';
    if (results.length === 0) {
      var empty = document.createElement('li');
      empty.className = 'search-empty';
      empty.textContent = 'Nothing found.';
      list.appendChild(empty);
    }
    results.forEach(function (result) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = result.id;
      link.appendChild(span('result-chapter', result.chapter));
      link.appendChild(span('result-title', result.title));
      link.appendChild(span('result-snippet', result.snippet));
      item.appendChild(link);
      list.appendChild(item);
    });
    list.hidden = false;
  }

  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  if (input && list) {
    input.addEventListener('focus', loadIndex);
    input.addEventListener('input', function () {
      var query = input.value.trim();
      if (!query) {
        list.hidden = true;
        list.textContent = '';
        return;
      }
      loadIndex().then(function (search) {
        if (input.value.trim() === query) showResults(list, search.search(query, searchOptions).slice(0, 12));
      });
    });
    input.addEventListener('keydown', function (event) {
      var first = list.querySelector('a');
      if (event.key === 'Enter' && first) window.location.href = first.href;
      if (event.key === 'Escape') {
        input.value = '';
        list.hidden = true;
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === '/' && document.activeElement !== input) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  // On the print page anything wider than the paper is scaled down whole, so nothing is cut off at the margin: a figure
  // (Plotly draws it at its layout width), and an output table, picture or display formula (on screen they scroll
  // sideways; on paper their scroll box would clip them).
  function fitToPage() {
    document.querySelectorAll('.plotly-figure').forEach(function (figure) {
      var svg = figure.querySelector('svg.main-svg');
      var room = figure.parentElement.clientWidth;
      var width = svg ? parseFloat(svg.getAttribute('width')) : 0;
      if (width > room) figure.style.zoom = String(room / width);
    });
    // A $$…$$ written inside a paragraph is a .katex-display with no .math.display box around it.
    document.querySelectorAll('.output.html, .output.image, .math.display, .katex-display').forEach(function (box) {
      // Scaled down, a table gets more room in its own units and may widen again (wrapped headers unwrap): a few rounds.
      // One pixel to spare: the widths are rounded, and the last pixel is often a table's right border.
      for (var round = 0; round < 4 && box.scrollWidth > box.clientWidth; round++) {
        box.style.zoom = String(parseFloat(box.style.zoom || '1') * box.clientWidth / (box.scrollWidth + 1));
      }
    });
  }

  // On a chapter page a figure wider than the column was drawn at the column's width (its own is in data-width, see
  // OutputHtmlRenderer.RenderFigure). When the column's width changes (the window is resized, or the page grew a scroll bar
  // after the first figures were drawn) each figure is redrawn at the new width, never wider than its own; a figure with no
  // width of its own fills the column again. Plotly's responsive mode would not do: it ignores a figure with a width of its
  // own, and follows the window, not the column.
  function fitFiguresToColumn() {
    document.querySelectorAll('.plotly-figure').forEach(function (figure) {
      var svg = figure.querySelector('svg.main-svg');
      if (!figure.layout || !svg) return;
      var own = parseFloat(figure.dataset.width);
      var width = own > 0 ? Math.min(own, figure.clientWidth) : figure.clientWidth;
      if (width <= 0 || Math.abs(parseFloat(svg.getAttribute('width')) - width) < 1) return;
      if (own > 0) Plotly.relayout(figure, { width: width });
      else Plotly.Plots.resize(figure);
    });
  }

  var main = document.querySelector('main');
  if (!document.body.classList.contains('print') && window.Plotly && main) {
    Promise.all(window.bookFigures || []).then(fitFiguresToColumn);
    if (window.ResizeObserver) {
      var columnWidth = null;
      var refit = null;
      new ResizeObserver(function (entries) {
        var width = entries[entries.length - 1].contentRect.width;
        if (width === columnWidth) return;
        columnWidth = width;
        clearTimeout(refit);
        refit = setTimeout(fitFiguresToColumn, 100);
      }).observe(main);
    }
  }

  // Resolves once every Plotly figure is drawn and every font (KaTeX's) has loaded: the PDF printer waits for it.
  window.bookReady = function () {
    return Promise.all((window.bookFigures || []).concat([document.fonts.ready])).then(function () {
      if (document.body.classList.contains('print')) fitToPage();
      return document.fonts.ready;
    }).then(function () { return (window.bookFigures || []).length; });
  };
})();
