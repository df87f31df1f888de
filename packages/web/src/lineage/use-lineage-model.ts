import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { fetchLineageGraph } from '../api/endpoints';
import type { LineageDirection } from '../api/types';
import { createGraphModel, type GraphModel, mergeGraph } from './graph-model';

/**
 * The graph around a resource for a direction and depth, plus lazy expansion: clicking a node fetches its
 * direct neighbours (depth 1) and merges them in, so a large lineage is only drawn as far as someone looks.
 */
export function useLineageModel(resourceId: string, direction: LineageDirection, depth: number) {
  const base = useQuery({
    queryKey: ['lineage-graph', resourceId, direction, depth],
    queryFn: () => fetchLineageGraph({ resourceId, direction, depth }),
  });
  const [model, setModel] = useState<GraphModel | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const [expandError, setExpandError] = useState<unknown>(null);

  useEffect(() => {
    setModel(base.data ? createGraphModel(base.data) : null);
  }, [base.data]);

  const expand = useCallback(async (nodeId: string) => {
    setExpanding(nodeId);
    setExpandError(null);
    try {
      const around = await fetchLineageGraph({ resourceId: nodeId, direction: 'both', depth: 1 });
      setModel((current) => (current ? mergeGraph(current, around) : current));
    } catch (error) {
      setExpandError(error);
    } finally {
      setExpanding(null);
    }
  }, []);

  return { model, error: base.error ?? expandError, isLoading: base.isLoading, expanding, expand };
}
