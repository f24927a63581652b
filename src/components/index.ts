// Everything an MDX page may use, importable from one place: `import { X } from '~/components'`.
export { default as AgencyLink } from './AgencyLink.astro';
export { default as OfficeLink } from './OfficeLink.astro';
export { default as GuideList } from './GuideList.astro';
export { default as PolicyList } from './PolicyList.astro';
export { default as HomePortal } from './HomePortal.astro';
export { default as Term } from './Term.astro';
export { default as ExternalLink } from './ExternalLink.astro';
export { default as Aside } from './Aside.astro';
export { default as Figure } from './Figure.astro';
export { Steps, Tabs, TabItem, LinkCard, CardGrid } from '@astrojs/starlight/components';
