import { Grid, Stack, Tabs } from '@mantine/core';
import {
  IconChartBar,
  IconFileDescription,
  IconHistory,
  IconTable,
  IconTopologyStar3,
} from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ApiError } from '../api/client';
import { fetchResource } from '../api/endpoints';
import type { Resource } from '../api/types';
import { hasRole, useMe } from '../auth/session';
import { EmptyState } from '../components/empty-state';
import { ErrorAlert } from '../components/error-alert';
import { PageLoader } from '../components/page-loader';
import { QuestionPageSection, QuestionsSection } from '../knowledge/questions-section';
import { RelatedResourcesSection } from '../knowledge/related-resources-section';
import { MonitorsSection } from '../quality/monitors-section';
import { PreviewTab } from '../quality/preview-tab';
import { ColumnProfilePanel, TableProfilePanel } from '../quality/profile-panel';
import { AuditHistory } from '../resource/audit-history';
import { ChildrenSection } from '../resource/children-section';
import { DataQualityMetricsSection } from '../resource/data-quality-metrics-section';
import { DbtTestsSection } from '../resource/dbt-tests-section';
import { DocumentationSection } from '../resource/documentation-section';
import { JobRunsSection } from '../resource/job-runs-section';
import { PropertiesPanel } from '../resource/properties-panel';
import { ResourceHeader } from '../resource/resource-header';
import { SourceFactsSection } from '../resource/source-facts-section';
import { useResource } from '../resource/use-resource';

// React Flow and elkjs are most of the bundle's weight; they load when the Lineage tab opens.
const LineagePanel = lazy(() => import('../lineage/lineage-panel'));

/** Questions and replies are not themselves asked about. */
const NOT_ASKED_ABOUT = new Set(['question', 'reply']);

/** One asset: its path, documentation, owners and flags, what it contains, its lineage and its history. */
export default function ResourcePage() {
  const { id = '' } = useParams();
  const me = useMe();
  const resource = useResource(id);
  const ancestors = useAncestors(resource.data);
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'overview';

  if (resource.error) {
    if (resource.error instanceof ApiError && resource.error.status === 404) {
      return (
        <EmptyState title="This asset does not exist">
          It may have been deleted with its integration, or the link is wrong. Search the catalog for it.
        </EmptyState>
      );
    }
    return <ErrorAlert error={resource.error} title="Cannot load this asset" />;
  }
  if (!resource.data) return <PageLoader />;
  const canEdit = hasRole(me, 'editor');
  // Guests read only their teams' assets: lineage, quality, history and knowledge reach beyond them.
  const isGuest = !hasRole(me, 'viewer');
  const canAsk = hasRole(me, 'viewer');
  const isTable = resource.data.entity_type === 'table';
  const isColumn = resource.data.entity_type === 'column';

  return (
    <Stack gap="lg">
      <ResourceHeader resource={resource.data} ancestors={ancestors} canEdit={canEdit} />
      <Tabs
        value={tab}
        onChange={(next) => setParams(next === 'overview' ? {} : { tab: next ?? 'overview' })}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="overview" leftSection={<IconFileDescription size={16} />}>
            Overview
          </Tabs.Tab>
          {!isGuest && (
            <Tabs.Tab value="lineage" leftSection={<IconTopologyStar3 size={16} />} data-testid="lineage-tab">
              Lineage
            </Tabs.Tab>
          )}
          {(isTable || isColumn) && !isGuest && (
            <Tabs.Tab value="quality" leftSection={<IconChartBar size={16} />} data-testid="quality-tab">
              Quality
            </Tabs.Tab>
          )}
          {isTable && canEdit && (
            <Tabs.Tab value="preview" leftSection={<IconTable size={16} />} data-testid="preview-tab-button">
              Preview
            </Tabs.Tab>
          )}
          {!isGuest && (
            <Tabs.Tab value="history" leftSection={<IconHistory size={16} />}>
              History
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                <DocumentationSection resource={resource.data} canEdit={canEdit} />
                <DbtTestsSection resource={resource.data} />
                <DataQualityMetricsSection resource={resource.data} />
                {resource.data.entity_type === 'job' && <JobRunsSection resourceId={resource.data.id} />}
                <ChildrenSection resource={resource.data} canEdit={canEdit} />
                <SourceFactsSection resource={resource.data} />
                {!isGuest && <RelatedResourcesSection resource={resource.data} canEdit={canEdit} />}
                {resource.data.entity_type === 'question' && !isGuest && (
                  <QuestionPageSection resource={resource.data} canEdit={canEdit} canAsk={canAsk} />
                )}
                {!NOT_ASKED_ABOUT.has(resource.data.entity_type) && !isGuest && (
                  <QuestionsSection resource={resource.data} canEdit={canEdit} canAsk={canAsk} />
                )}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <PropertiesPanel resource={resource.data} canEdit={canEdit} isGuest={isGuest} />
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="lineage">
          {tab === 'lineage' && !isGuest && (
            <Suspense fallback={<PageLoader />}>
              <LineagePanel key={resource.data.id} resource={resource.data} />
            </Suspense>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="quality">
          {tab === 'quality' && (isTable || isColumn) && !isGuest && (
            <Stack gap="md">
              {isTable && <TableProfilePanel resource={resource.data} canEdit={canEdit} />}
              {isColumn && <ColumnProfilePanel resource={resource.data} />}
              <MonitorsSection resourceId={resource.data.id} isTable={isTable} />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="preview">
          {tab === 'preview' && isTable && <PreviewTab tableId={resource.data.id} />}
        </Tabs.Panel>
        <Tabs.Panel value="history">
          {tab === 'history' && !isGuest && (
            <AuditHistory resourceId={resource.data.id} isAdmin={hasRole(me, 'admin')} />
          )}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** The parents of a resource, root first (at most 8 levels: columns nest, hierarchies do not go deeper). */
function useAncestors(resource: Resource | undefined): Resource[] {
  const query = useQuery({
    queryKey: ['ancestors', resource?.id, resource?.parent],
    enabled: Boolean(resource?.parent),
    queryFn: async () => {
      const chain: Resource[] = [];
      let parentId = resource?.parent ?? null;
      while (parentId && chain.length < 8) {
        const parent = await fetchResource(parentId);
        chain.unshift(parent);
        parentId = parent.parent;
      }
      return chain;
    },
  });
  return query.data ?? [];
}
