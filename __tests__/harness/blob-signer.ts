import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
  type ContainerClient,
} from '@azure/storage-blob';
import { DEV_ACCOUNT, DEV_ACCOUNT_KEY } from './azurite.js';

/**
 * One Azurite container and the signed (SAS) URLs the results service hands out for its blobs, as GitHub's
 * service hands out Azure Blob Storage URLs: write-only for uploads, read-only for downloads, short-lived.
 */
export class BlobSigner {
  private readonly credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY);
  private readonly container: ContainerClient;

  constructor(accountUrl: string, containerName: string) {
    this.container = new BlobServiceClient(accountUrl, this.credential).getContainerClient(containerName);
  }

  async create(): Promise<void> {
    await this.container.createIfNotExists();
  }

  uploadUrl(blobName: string): string {
    return this.signedUrl(blobName, 'cw');
  }

  downloadUrl(blobName: string): string {
    return this.signedUrl(blobName, 'r');
  }

  /** The blob's size in bytes, or undefined when nothing was uploaded under that name. */
  async size(blobName: string): Promise<number | undefined> {
    const blob = this.container.getBlobClient(blobName);
    if (!(await blob.exists())) return undefined;
    return (await blob.getProperties()).contentLength;
  }

  /** Overwrites a blob with another's bytes, as storage corruption or tampering would. */
  async copy(fromBlob: string, toBlob: string): Promise<void> {
    const bytes = await this.container.getBlobClient(fromBlob).downloadToBuffer();
    await this.container.getBlockBlobClient(toBlob).uploadData(bytes);
  }

  async delete(blobName: string): Promise<void> {
    await this.container.getBlobClient(blobName).deleteIfExists();
  }

  private signedUrl(blobName: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: this.container.containerName,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(Date.now() - 60_000),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      this.credential,
    );
    return `${this.container.getBlobClient(blobName).url}?${sas.toString()}`;
  }
}
