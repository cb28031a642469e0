'use strict';
// console.table(): turning tabular data into rows and columns, and drawing
// them with box-drawing characters.

const { getStringWidth, inspect } = require('internal/util/inspect');

// Box pieces, by position: [left, joint, right, horizontal line].
const kTop = ['\u250c', '\u252c', '\u2510'];
const kMiddle = ['\u251c', '\u253c', '\u2524'];
const kBottom = ['\u2514', '\u2534', '\u2518'];
const kLine = '\u2500';
const kBar = '\u2502';

// A horizontal rule through the table; `pieces` picks the corner set.
function rule(pieces, widths) {
  const spans = widths.map((width) => kLine.repeat(width + 2));
  return `${pieces[0]}${spans.join(pieces[1])}${pieces[2]}`;
}

function line(cells, widths) {
  let text = kBar;
  for (let i = 0; i < widths.length; i++) {
    const cell = cells[i] === undefined ? '' : cells[i];
    text += ` ${cell}${' '.repeat(widths[i] - getStringWidth(cell))} ${kBar}`;
  }
  return text;
}

// Draws a table. `header` holds the column names, `columns` one array of
// cell strings per column (all of the same length).
function drawTable(header, columns) {
  const widths = header.map((name) => getStringWidth(name));
  let rowCount = 0;
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c];
    if (column.length > rowCount) rowCount = column.length;
    for (const cell of column) {
      const width = getStringWidth(cell === undefined ? '' : cell);
      if (width > widths[c]) widths[c] = width;
    }
  }
  const out = [rule(kTop, widths), line(header, widths), rule(kMiddle, widths)];
  for (let r = 0; r < rowCount; r++) {
    out.push(line(columns.map((column) => column[r]), widths));
  }
  out.push(rule(kBottom, widths));
  return out.join('\n');
}

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

// Growing set of named columns, each padded with '' for rows it lacks.
class ColumnSet {
  constructor() {
    this.names = [];
    this.cells = new Map();
  }

  put(name, row, text) {
    let column = this.cells.get(name);
    if (column === undefined) {
      column = [];
      this.names.push(name);
      this.cells.set(name, column);
    }
    while (column.length < row) column.push('');
    column[row] = text;
  }

  list(rowCount) {
    return this.names.map((name) => {
      const column = this.cells.get(name);
      while (column.length < rowCount) column.push('');
      return column;
    });
  }
}

// The text of console.table(data, properties); `inspectOptions` are the
// console's own. Data that is not an object is returned as undefined so
// that the caller logs it as it is.
function renderTable(data, properties, inspectOptions) {
  if (properties !== undefined && !Array.isArray(properties)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
  }
  const show = (value) => inspect(value, {
    ...inspectOptions,
    depth: 0,
    maxArrayLength: 3,
    breakLength: Infinity,
    colors: false,
  });
  const types = require('internal/util/types');

  const mapLike = types.isMap(data) || types.isMapIterator(data);
  const setLike = types.isSet(data) || types.isSetIterator(data);
  if (mapLike || setLike) {
    let entries;
    let pairs = types.isMap(data);
    if (types.isMap(data)) {
      entries = [];
      for (const pair of data) entries.push(pair[0], pair[1]);
    } else if (types.isSet(data)) {
      entries = [...data];
    } else {
      const preview = peekIterator(data);
      entries = preview.entries;
      pairs = preview.pairs;
    }
    const indexes = [];
    const keys = [];
    const values = [];
    const step = pairs ? 2 : 1;
    for (let i = 0; i < entries.length; i += step) {
      indexes.push(`${indexes.length}`);
      if (pairs) {
        keys.push(show(entries[i]));
        values.push(show(entries[i + 1]));
      } else {
        values.push(show(entries[i]));
      }
    }
    if (pairs) return drawTable(['(iteration index)', 'Key', 'Values'], [indexes, keys, values]);
    return drawTable(['(iteration index)', 'Values'], [indexes, values]);
  }

  const indexes = [];
  const columns = new ColumnSet();
  const values = [];
  let sawPrimitive = false;
  const rowKeys = Object.keys(data);
  for (let row = 0; row < rowKeys.length; row++) {
    const key = rowKeys[row];
    const item = data[key];
    indexes.push(key);
    if (properties === undefined && isPrimitive(item)) {
      sawPrimitive = true;
      values[row] = show(item);
      continue;
    }
    const wanted = properties === undefined ? Object.keys(item) : properties;
    for (const name of wanted) {
      const has = !isPrimitive(item) && Object.prototype.hasOwnProperty.call(item, name);
      columns.put(`${name}`, row, has ? show(item[name]) : '');
    }
  }
  const header = ['(index)', ...columns.names];
  const body = [indexes, ...columns.list(rowKeys.length)];
  if (sawPrimitive) {
    header.push('Values');
    const column = [];
    for (let row = 0; row < rowKeys.length; row++) column.push(values[row] === undefined ? '' : values[row]);
    body.push(column);
  }
  return drawTable(header, body);
}

// Entries of a Map/Set iterator without advancing it, when the runtime
// can look inside; otherwise the iterator is drained.
function peekIterator(iterator) {
  let preview;
  try {
    const util = internalBinding('util');
    if (util && typeof util.previewEntries === 'function') preview = util.previewEntries(iterator, true);
  } catch {
    preview = undefined;
  }
  if (Array.isArray(preview) && Array.isArray(preview[0])) {
    return { entries: preview[0], pairs: preview[1] === true };
  }
  if (Array.isArray(preview)) return { entries: preview, pairs: false };
  const entries = [];
  let pairs = false;
  for (const item of iterator) {
    if (Array.isArray(item) && item.length === 2 && require('internal/util/types').isMapIterator(iterator)) {
      pairs = true;
      entries.push(item[0], item[1]);
    } else {
      entries.push(item);
    }
  }
  return { entries, pairs };
}

module.exports = drawTable;
module.exports.renderTable = renderTable;
