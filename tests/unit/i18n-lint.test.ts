import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	avoidFindings,
	dataFileFindings,
	type GlossaryTerm,
	glossaryIssues,
	glossaryTermSchema,
	missingRenderings,
	termPattern,
} from '../../src/lib/glossary.ts';
import { lintTranslation, numbersIn } from '../../src/lib/i18n-lint.ts';
import { readGlossary } from '../../src/readers/glossary.ts';

const english = `---
title: Test
sources:
  - title: Official
    url: https://www.sz.gov.cn/a
---
import { Term, OfficeLink } from '~/components';

## Before you start

Buy up to RMB 5,000 per order and RMB 26,000 a year under code 9610. A company of US$300 million files with the NDRC.
Ask the <OfficeLink id="hotline-12345" />. Apply for the <Term zh="外国人工作许可证">work permit</Term>.
See the [official page](https://www.sz.gov.cn/b).

## Step by step
`;

describe('numbers in any locale’s notation', () => {
	it('reads thousands separators, words and Chinese and Korean units as the same value', () => {
		expect(numbersIn('RMB 5,000 and RMB 26 000, 5.000 €')).toEqual(new Set(['5000', '26000']));
		expect(numbersIn('2.6万元 and 3亿美元 and 300 Millionen and 10만 위안')).toEqual(new Set(['26000', '300000000', '100000']));
		expect(numbersIn('3 млн и 1,5 млрд')).toEqual(new Set(['3000000', '1500000000']));
	});
});

describe('a translation checked against its English source', () => {
	const good = english
		.replace('## Before you start', '## 开始之前')
		.replace('## Step by step', '## 办理步骤')
		.replace(
			'Buy up to RMB 5,000 per order and RMB 26,000 a year under code 9610. A company of US$300 million files with the NDRC.',
			'每单不超过5000元，每年不超过2.6万元，监管方式代码9610。投资额3亿美元的企业向国家发展改革委备案。'
		);
	it('finds nothing when only the language and the notation of numbers differ', () => {
		expect(lintTranslation(english, good, ['Shenzhen Municipal Commerce Bureau'])).toEqual([]);
	});
	it('names a changed number, a missing URL, a dropped official name and an English agency name, with their lines', () => {
		const bad = good
			.replace('2.6万元', '2.5万元')
			.replace('https://www.sz.gov.cn/b', 'https://example.org/other')
			.replace('<Term zh="外国人工作许可证">work permit</Term>', '工作许可')
			.replace('## 办理步骤', '## 办理步骤\n\n请咨询 Shenzhen Municipal Commerce Bureau。');
		const findings = lintTranslation(english, bad, ['Shenzhen Municipal Commerce Bureau']);
		const messages = findings.map((f) => `${f.where}:${f.line} ${f.message}`);
		expect(messages).toContain('source:11 number or code 26000 of the English text is not in the translation');
		expect(messages).toContain('source:13 URL missing from the translation: https://www.sz.gov.cn/b');
		expect(
			messages.some((m) => m.startsWith('translation:') && m.includes('URL not in the English source: https://example.org/other'))
		).toBe(true);
		expect(messages).toContain('source:12 official Chinese name 外国人工作许可证 (<Term zh>) is not in the translation');
		expect(messages).toContain('translation:17 English agency name in the text: "Shenzhen Municipal Commerce Bureau"');
	});
	it('notices a dropped office link and a changed outline', () => {
		const bad = good.replace('<OfficeLink id="hotline-12345" />', '12345').replace('## 办理步骤', '### 办理步骤');
		const messages = lintTranslation(english, bad).map((f) => f.message);
		expect(messages).toContain('<OfficeLink id="hotline-12345"> appears 1× in English, 0× in the translation');
		expect(messages.some((m) => m.startsWith('the headings differ'))).toBe(true);
	});
});

const WORK_PERMIT_YAML = `en: [work permit]
zh: [外国人工作许可证]
renderings:
  zh-cn: { use: [工作许可], avoid: [工作准证] }
  zh-hk: { use: [工作許可] }
  ja: { use: [就労許可], avoid: [労働許可] }
  ko: { use: [취업허가] }
  fr: { use: [permis de travail] }
  de: { use: [Arbeitserlaubnis*] }
  es: { use: [permiso* de trabajo] }
  pt: { use: [autorizaç* de trabalho] }
  ru: { use: [разрешени* на работу] }
  ar: { use: [تصريح العمل, تصاريح العمل] }
`;
const workPermit: GlossaryTerm = {
	id: 'work-permit',
	...glossaryTermSchema.parse({
		en: ['work permit'],
		zh: ['外国人工作许可证'],
		renderings: {
			'zh-cn': { use: ['工作许可'], avoid: ['工作准证'] },
			'zh-hk': { use: ['工作許可'] },
			ja: { use: ['就労許可'], avoid: ['労働許可'] },
			ko: { use: ['취업허가'] },
			fr: { use: ['permis de travail'] },
			de: { use: ['Arbeitserlaubnis*'] },
			es: { use: ['permiso* de trabajo'] },
			pt: { use: ['autorizaç* de trabalho'] },
			ru: { use: ['разрешени* на работу'] },
			ar: { use: ['تصريح العمل', 'تصاريح العمل'] },
		},
	}),
};

describe('the glossary', () => {
	it('matches terms whole-word in spaced scripts, inside words in Chinese, Japanese and Arabic, with * for endings', () => {
		expect(termPattern('work permit', { plural: true }).test('Apply for work permits now')).toBe(true);
		expect(termPattern('AEO').test('AEOS')).toBe(false);
		expect(termPattern('越境EC').test('越境ECの商品')).toBe(true);
		expect(termPattern('разрешени* на работу').test('получить разрешение на работу')).toBe(true);
		expect(termPattern('permiso* de trabajo').test('los Permisos de Trabajo')).toBe(true);
		expect(termPattern('تصريح العمل').test('وتصريح العمل')).toBe(true);
		expect(termPattern("Foreigner's Work Permit").test('Foreigner’s Work Permit')).toBe(true);
	});
	it('flags an avoided rendering by line, but not in search aliases, Chinese names or URLs', () => {
		const page = `---\ntitle: 労働許可\nsearchAliases:\n  - 労働許可\n---\n<Term zh="労働許可">就労許可</Term>\n[x](https://x.cn/労働許可)\n労働許可を取る\n`;
		expect(avoidFindings(page, 'ja', [workPermit]).map((f) => f.line)).toEqual([2, 8]);
	});
	it('checks each locale’s line of a data file against that locale', () => {
		const yaml = 'title:\n  en: Work permit\n  zh-cn: 工作准证\n  ja: 労働許可\n  ko: 工作准证\n';
		expect(dataFileFindings(yaml, [workPermit]).map((f) => `${f.line} ${f.locale}`)).toEqual(['3 zh-cn', '4 ja']);
	});
	it('reports a term the English uses that the translation does not render, at the English line', () => {
		const en = '---\ntitle: T\n---\nIntro.\n\nGet a <Term zh="外国人工作许可证">work permit</Term>.\n';
		expect(
			missingRenderings(en, '---\ntitle: T\n---\n前言。\n\n办理<Term zh="外国人工作许可证">工作许可</Term>。\n', 'zh-cn', [workPermit])
		).toEqual([]);
		const [finding] = missingRenderings(en, '---\ntitle: T\n---\n前言。\n\n办理<Term zh="外国人工作许可证">工作证</Term>。\n', 'zh-cn', [
			workPermit,
		]);
		expect(finding).toMatchObject({ where: 'source', line: 6 });
		expect(finding?.message).toContain('glossary term "work permit" (work-permit)');
		expect(missingRenderings(en, '前言。', 'zh-cn', [{ ...workPermit, requireRendering: false }])).toEqual([]);
	});
	it('names the file, the line and the field of a malformed entry', () => {
		expect(glossaryIssues({ en: ['x'], renderings: {} }).map((i) => i.path)).toContain('renderings.ja');
		const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
		writeFileSync(join(dir, 'work-permit.yaml'), WORK_PERMIT_YAML.replace('  ko: { use: [취업허가] }', '  ko: { use: [] }'));
		try {
			expect(() => readGlossary(dir)).toThrow(/work-permit\.yaml:7: renderings\.ko\.use: /);
		} finally {
			rmSync(dir, { recursive: true });
		}
	});
	it('reads the real glossary', () => {
		expect(readGlossary().length).toBeGreaterThanOrEqual(25);
	});
});

describe('npm run i18n:lint on a fixture translation', () => {
	const root = mkdtempSync(join(tmpdir(), 'i18n-lint-'));
	afterAll(() => rmSync(root, { recursive: true }));
	const write = (file: string, text: string) => {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), text);
	};
	it('fails, naming the changed number, the missing URL and the off-glossary term by file and line', () => {
		write('content/glossary/work-permit.yaml', WORK_PERMIT_YAML);
		write('content/docs/en/guides/test.mdx', english);
		const translation = english
			.replace('## Before you start', '## 开始之前')
			.replace('## Step by step', '## 办理步骤')
			.replace(
				'Buy up to RMB 5,000 per order and RMB 26,000 a year under code 9610. A company of US$300 million files with the NDRC.',
				'每单不超过5000元，每年不超过2.5万元，监管方式代码9610。投资额3亿美元的企业向国家发展改革委备案。'
			)
			.replace('Apply for the <Term zh="外国人工作许可证">work permit</Term>.', '申请<Term zh="外国人工作许可证">工作准证</Term>。')
			.replace('See the [official page](https://www.sz.gov.cn/b).', '详见官方页面。');
		write('content/docs/zh-cn/guides/test.mdx', translation);
		mkdirSync(join(root, 'locales'), { recursive: true });
		const run = spawnSync(process.execPath, ['scripts/i18n-lint.ts', join(root, 'content'), join(root, 'locales')], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		const page = join(root, 'content/docs/zh-cn/guides/test.mdx');
		const source = join(root, 'content/docs/en/guides/test.mdx');
		expect(run.stdout).toContain(`${page} (English ${source}:11): number or code 26000 of the English text is not in the translation`);
		expect(run.stdout).toContain(`${page} (English ${source}:13): URL missing from the translation: https://www.sz.gov.cn/b`);
		expect(run.stdout).toContain(`${page}:12: off-glossary "工作准证" for "work permit" (glossary work-permit); use "工作许可"`);
		expect(run.stdout).toContain(`${page} (English ${source}:12): glossary term "work permit" (work-permit) is in the English text`);
	});
});

describe('npm run i18n:lint on the real content', () => {
	it('is clean', () => {
		expect(execFileSync(process.execPath, ['scripts/i18n-lint.ts'], { encoding: 'utf8' })).toContain('every translation agrees');
	});
});
