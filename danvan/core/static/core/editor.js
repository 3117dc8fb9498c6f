// The rich-text editor of report, consolidation and plan sections: Tiptap/ProseMirror as
// shipped (already built) by the django-prose-editor package, served from our own static
// files. No import map and no inline script or style (our CSP forbids them): this module
// imports the package's module by URL, and only on pages that have a rich-text field.
//
// The <textarea class="richtext"> stays the form field (and what is posted, so a save
// without JavaScript still works); the editor writes its HTML into it on every change. The
// schema allows only what the server keeps (danvan/reporting/richtext.py): paragraphs,
// bold, italic, underline, line breaks, bulleted and numbered lists, simple tables and the
// linked figures <span class="so-lieu" data-chi-tieu="CODE" data-gia-tri="…">; anything
// pasted (from Word too) is parsed through that schema, so the rest is dropped on paste.

const LIBRARY = new URL("../django_prose_editor/editor.js", import.meta.url).href;

const TOOLS = [
  // [label, title, command, active-check]
  ["Đậm", "Đậm (Ctrl+B)", (c) => c.toggleBold(), (e) => e.isActive("bold")],
  ["Nghiêng", "Nghiêng (Ctrl+I)", (c) => c.toggleItalic(), (e) => e.isActive("italic")],
  ["Gạch chân", "Gạch chân (Ctrl+U)", (c) => c.toggleUnderline(), (e) => e.isActive("underline")],
  ["Danh sách", "Danh sách gạch đầu dòng (Ctrl+Shift+8)", (c) => c.toggleBulletList(),
    (e) => e.isActive("bulletList")],
  ["Danh sách số", "Danh sách đánh số (Ctrl+Shift+7)", (c) => c.toggleOrderedList(),
    (e) => e.isActive("orderedList")],
  ["Bảng", "Chèn bảng 2 dòng × 3 cột",
    (c) => c.insertTable({ rows: 2, cols: 3, withHeaderRow: false }), null],
];
const TABLE_TOOLS = [
  ["Thêm dòng", "Thêm dòng dưới dòng đang chọn", (c) => c.addRowAfter()],
  ["Thêm cột", "Thêm cột bên phải cột đang chọn", (c) => c.addColumnAfter()],
  ["Xóa dòng", "Xóa dòng đang chọn", (c) => c.deleteRow()],
  ["Xóa cột", "Xóa cột đang chọn", (c) => c.deleteColumn()],
  ["Xóa bảng", "Xóa cả bảng", (c) => c.deleteTable()],
];

function extensions(lib) {
  // A figure from the registers: a mark, so its words stay editable text, innermost (low
  // priority) and not extended by typing after it (inclusive: false).
  const Figure = lib.Mark.create({
    name: "soLieu",
    priority: 50,
    inclusive: false,
    addAttributes() {
      return {
        code: {
          default: null,
          parseHTML: (el) => el.getAttribute("data-chi-tieu"),
          renderHTML: (attrs) => ({ "data-chi-tieu": attrs.code }),
        },
        value: {
          default: "",
          parseHTML: (el) => el.getAttribute("data-gia-tri") || "",
          renderHTML: (attrs) => ({ "data-gia-tri": attrs.value }),
        },
      };
    },
    parseHTML() {
      return [{ tag: "span.so-lieu[data-chi-tieu]" }];
    },
    renderHTML({ HTMLAttributes }) {
      return ["span", Object.assign({ class: "so-lieu" }, HTMLAttributes), 0];
    },
  });
  // Simple tables: no column widths nor alignment (Tiptap would write them as style
  // attributes, which the CSP refuses and the Word file does not use).
  const cellAttributes = () => ({
    colspan: { default: 1 },
    rowspan: { default: 1 },
    colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
  });
  // The package's numbered list drops Tiptap's "1. " input rule (it has a dialog instead):
  // put the rule back, so typing "1. " at the start of a line starts a numbered list.
  const OrderedList = lib.OrderedList.extend({
    addInputRules() {
      return [lib.wrappingInputRule({
        find: /^(\d+)\.\s$/,
        type: this.type,
        getAttributes: (match) => ({ start: +match[1] }),
        joinPredicate: (match, node) => node.childCount + node.attrs.start === +match[1],
      })];
    },
  });
  const Table = lib.Table.extend({
    renderHTML({ HTMLAttributes }) {
      return ["table", HTMLAttributes, ["tbody", 0]];
    },
  }).configure({ resizable: false });
  return [
    lib.Document, lib.Paragraph, lib.Text, lib.HardBreak, lib.History,
    lib.Dropcursor, lib.Gapcursor,
    lib.Bold, lib.Italic, lib.Underline,
    lib.BulletList, OrderedList, lib.ListItem,
    Table, lib.TableRow,
    lib.TableHeader.extend({ addAttributes: cellAttributes }),
    lib.TableCell.extend({ addAttributes: cellAttributes }),
    Figure,
  ];
}

// Pasted HTML (Word's above all) is full of style attributes and <style> elements. Even
// parsed off-screen they count as inline style for the CSP (a console error each): drop them
// before ProseMirror reads the paste through the schema.
const STYLE_ELEMENT = /<style[\s\S]*?<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /\s(?:style|lang)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

function withoutStyles(html) {
  return html.replace(STYLE_ELEMENT, "")
    .replace(/<[a-zA-Z][^>]*>/g, (tag) => tag.replace(STYLE_ATTRIBUTE, ""));
}

function button(label, title, onClick) {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.title = title;
  b.addEventListener("mousedown", (event) => event.preventDefault()); // keep the selection
  b.addEventListener("click", onClick);
  return b;
}

function richEditor(lib, area) {
  const label = document.querySelector("label[for='" + area.id + "']");
  const name = label ? label.textContent.trim() : area.name;
  const editable = !(area.readOnly || area.disabled);
  const wrapper = document.createElement("div");
  wrapper.className = "prose-editor richtext-wrap";
  area.before(wrapper);
  const bar = document.createElement("div");
  bar.className = "richtext-toolbar";
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "Định dạng " + name);
  if (editable) wrapper.append(bar);
  wrapper.append(area);

  const editor = new lib.Editor({
    element: wrapper,
    extensions: extensions(lib),
    content: area.value,
    editable: editable,
    injectCSS: false, // its <style> element would break the CSP; the rules are in danvan.css
    editorProps: {
      transformPastedHTML: withoutStyles,
      attributes: {
        class: "richtext-editor",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": name,
        "aria-readonly": editable ? "false" : "true",
      },
    },
    onUpdate({ editor }) {
      area.value = editor.isEmpty ? "" : editor.getHTML();
      area.dispatchEvent(new Event("input", { bubbles: true }));
    },
  });
  area.richEditor = editor;
  if (label) label.addEventListener("click", () => editor.commands.focus("end"));
  if (!editable) return;

  const states = [];
  TOOLS.forEach(([text, title, command, active]) => {
    const b = button(text, title, () => command(editor.chain().focus()).run());
    if (active) {
      b.setAttribute("aria-pressed", "false");
      states.push(() => b.setAttribute("aria-pressed", String(active(editor))));
    }
    bar.append(b);
  });
  TABLE_TOOLS.forEach(([text, title, command]) => {
    const b = button(text, title, () => command(editor.chain().focus()).run());
    b.classList.add("table-tool");
    states.push(() => { b.hidden = !editor.isActive("table"); });
    bar.append(b);
  });
  const refresh = () => states.forEach((update) => update());
  editor.on("selectionUpdate", refresh);
  editor.on("transaction", refresh);
  refresh();
}

function reuseButtons() {
  // "Dùng lại nội dung kỳ trước": append last period's text (shown above) to the section.
  document.querySelectorAll("button[data-reuse]").forEach((b) => {
    b.addEventListener("click", () => {
      const area = document.getElementById(b.getAttribute("data-reuse"));
      const source = document.getElementById(b.getAttribute("data-source"));
      if (!area || !source || !area.richEditor) return;
      area.richEditor.chain().focus("end").insertContent(source.innerHTML).run();
    });
  });
}

async function setUp() {
  const areas = document.querySelectorAll("textarea.richtext");
  if (!areas.length) return;
  const lib = await import(LIBRARY);
  areas.forEach((area) => richEditor(lib, area));
  reuseButtons();
  document.documentElement.dataset.richtextReady = "true";
}

setUp();
