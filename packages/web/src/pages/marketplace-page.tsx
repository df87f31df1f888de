import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hasRole, useMe } from '../auth/session';
import { ErrorAlert } from '../components/error-alert';
import { ConnectModal, type ConnectTarget } from '../marketplace/connect-modal';
import { Listing } from '../marketplace/listing';
import { fetchOwnMarketplace } from '../marketplace/marketplace-api';
import { OwnIntegrationCard } from '../marketplace/own-integrations';
import { ReviewQueue } from '../marketplace/review-queue';
import { UploadForm } from '../marketplace/upload-form';

/**
 * The marketplace (docs/marketplace.md): everyone browses the approved listing and the workspace's own uploads;
 * admins upload, add versions, submit for review, install; reviewers approve or reject.
 */
export default function MarketplacePage() {
  const me = useMe();
  const isAdmin = hasRole(me, 'admin');
  const own = useQuery({ queryKey: ['marketplace', 'own'], queryFn: fetchOwnMarketplace });
  const [connectTarget, setConnectTarget] = useState<ConnectTarget | null>(null);
  const [showUpload, setShowUpload] = useState(false);
  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap={4}>
        <Title order={2}>Marketplace</Title>
        <Text c="dimmed" size="sm">
          Integrations written with the Sextant SDK. Install an approved one with your credentials, or upload
          your own and submit it for review.
        </Text>
      </Stack>
      <Listing isAdmin={isAdmin} onInstall={setConnectTarget} />
      {isAdmin && <ReviewQueue />}
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3}>This workspace's uploads</Title>
          {isAdmin && (
            <Button
              variant={showUpload ? 'default' : 'filled'}
              leftSection={<IconUpload size={16} />}
              onClick={() => setShowUpload((shown) => !shown)}
            >
              {showUpload ? 'Close the upload form' : 'Upload an integration'}
            </Button>
          )}
        </Group>
        {isAdmin && showUpload && <UploadForm onUploaded={() => setShowUpload(false)} />}
        {own.error && <ErrorAlert error={own.error} title="Cannot load this workspace's uploads" />}
        {own.data?.count === 0 && (
          <Text size="sm" c="dimmed">
            {isAdmin
              ? 'No uploads yet: upload an integration file to start.'
              : 'No uploads yet; an admin of this workspace can upload integrations.'}
          </Text>
        )}
        {own.data?.results.map((integration) => (
          <OwnIntegrationCard
            key={integration.id}
            integration={integration}
            isAdmin={isAdmin}
            onConnect={setConnectTarget}
          />
        ))}
      </Stack>
      <ConnectModal target={connectTarget} onClose={() => setConnectTarget(null)} />
    </Stack>
  );
}
