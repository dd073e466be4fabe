import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Where HTML may enter a document. Everything else builds DOM with text nodes or Preact children.
// The reader's article body is the one sink (security.md rule 2); the core's sanitizer and the
// extraction pipeline parse HTML strings into inert documents, which is not insertion into a page.
const HTML_SINK_FILES = ['components/ArticleBody.tsx'];

// security.md rule 2: DOMPurify is never configured these ways.
const SANITIZER_MESSAGE =
  'security.md rule 2: never IN_PLACE, SAFE_FOR_TEMPLATES or setConfig; the configuration goes with each sanitize() call.';
const SINK_MESSAGE =
  'HTML enters a page only in components/ArticleBody.tsx, after sanitizeArticleHtml().';
const htmlSinkRules = {
  'no-restricted-syntax': [
    'error',
    // Writes only: reading outerHTML to snapshot a page is not insertion.
    {
      selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
      message: SINK_MESSAGE,
    },
    {
      selector:
        'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|setHTML|createContextualFragment|write|writeln)$/]',
      message: SINK_MESSAGE,
    },
    { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: SINK_MESSAGE },
    {
      selector: 'Property[key.name=/^(IN_PLACE|SAFE_FOR_TEMPLATES)$/]',
      message: SANITIZER_MESSAGE,
    },
  ],
};

const sanitizerRules = {
  'no-restricted-properties': ['error', { property: 'setConfig', message: SANITIZER_MESSAGE }],
};

export default tseslint.config(
  {
    // .scratch/ holds a developer's own throwaway scripts (gitignored).
    ignores: [
      '.output/**',
      '.wxt/**',
      '.scratch/**',
      'node_modules/**',
      'tests/fixtures/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      ...htmlSinkRules,
      ...sanitizerRules,
    },
  },
  {
    // Tests and tools build fixture documents; they never run inside a visited page.
    files: [...HTML_SINK_FILES, '**/*.test.ts', '**/*.test.tsx', 'tests/**', 'scripts/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The pure core never reaches for the browser or the UI (style.md, principle 5).
    files: ['utils/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/entrypoints/**'],
              message: 'utils/ is the core: it imports no UI or entrypoint.',
            },
          ],
        },
      ],
    },
  },
);
