import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n.js';

/** The browser's own barcode reader where it has one (Chrome on Android); not yet in TypeScript's DOM types. */
type BarcodeDetectorLike = { detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>> };
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const FORMATS = ['code_128', 'data_matrix', 'qr_code', 'ean_13', 'code_39'];
const BACK_CAMERA: MediaStreamConstraints = { video: { facingMode: 'environment' }, audio: false };

/**
 * Reads one barcode with the phone's camera: `BarcodeDetector` where the browser has it, else @zxing/browser,
 * loaded only then (this module itself is loaded only when the camera is opened), so the screens stay small.
 */
const startReading = async (video: HTMLVideoElement, onCode: (code: string) => void): Promise<() => void> => {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  if (Detector) {
    const stream = await navigator.mediaDevices.getUserMedia(BACK_CAMERA);
    video.srcObject = stream;
    await video.play();
    const detector = new Detector({ formats: FORMATS });
    let stopped = false;
    const look = async () => {
      if (stopped) return;
      const [barcode] = await detector.detect(video).catch(() => []);
      if (barcode?.rawValue) onCode(barcode.rawValue);
      else setTimeout(() => void look(), 150);
    };
    void look();
    return () => {
      stopped = true;
      for (const track of stream.getTracks()) track.stop();
    };
  }
  const { BrowserMultiFormatReader } = await import('@zxing/browser');
  const controls = await new BrowserMultiFormatReader().decodeFromConstraints(BACK_CAMERA, video, (result) => {
    if (result) onCode(result.getText());
  });
  return () => controls.stop();
};

const CameraScanner = ({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) => {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let done = false;
    const element = video.current;
    if (!element) return undefined;
    startReading(element, (code) => {
      if (done) return;
      done = true;
      stop?.();
      onCode(code);
    })
      .then((stopReading) => {
        stop = stopReading;
        if (done) stopReading();
      })
      .catch(() => setFailed(true));
    return () => {
      done = true;
      stop?.();
    };
  }, [onCode]);

  return (
    <div className="camera-scanner" role="dialog" aria-label={t.labels.cameraTitle}>
      <p>{failed ? t.labels.cameraFailed : t.labels.cameraTitle}</p>
      {/* The preview only shows what the camera sees; the code read goes into the scan field. */}
      <video ref={video} muted playsInline className="camera-preview" />
      <button type="button" className="button-quiet" onClick={onClose}>
        {t.labels.cameraClose}
      </button>
    </div>
  );
};

export default CameraScanner;
