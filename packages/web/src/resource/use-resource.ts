import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchResource, updateResource } from '../api/endpoints';
import type { Resource, ResourcePatch } from '../api/types';

export const resourceKey = (id: string) => ['resource', id] as const;

export function useResource(id: string) {
  return useQuery({ queryKey: resourceKey(id), queryFn: () => fetchResource(id) });
}

/** A PATCH of the resource; the answer replaces the cached copy, and its audit history is refetched. */
export function useUpdateResource(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: ResourcePatch) => updateResource(id, patch),
    onSuccess: (updated: Resource) => {
      client.setQueryData(resourceKey(id), updated);
      void client.invalidateQueries({ queryKey: ['audit', id] });
      void client.invalidateQueries({ queryKey: ['catalog-search'] });
    },
  });
}
