# Generated from ui/unlock.ui by pyside6-uic. Do not edit: change the .ui file and run `make forms`.
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog):
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.resize(480, 250)
        self.mainLayout = QVBoxLayout(UnlockDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 20)
        self.titleLabel = QLabel(UnlockDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setAlignment(Qt.AlignCenter)

        self.mainLayout.addWidget(self.titleLabel)

        self.databaseLabel = QLabel(UnlockDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setAlignment(Qt.AlignCenter)
        self.databaseLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.databaseLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.userLabel = QLabel(UnlockDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(UnlockDialog)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMaxLength(64)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.capsLockLabel = QLabel(UnlockDialog)
        self.capsLockLabel.setObjectName(u"capsLockLabel")

        self.mainLayout.addWidget(self.capsLockLabel)

        self.errorLabel = QLabel(UnlockDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.recoverButton = QPushButton(UnlockDialog)
        self.recoverButton.setObjectName(u"recoverButton")
        self.recoverButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.recoverButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(UnlockDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonLayout.addWidget(self.unlockButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.recoverButton)

        self.retranslateUi(UnlockDialog)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, UnlockDialog):
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"MPI Desktop \u2014 Desbloquear", None))
        self.titleLabel.setText(QCoreApplication.translate("UnlockDialog", u"<b>Mecanismo de Protecci\u00f3n Integral de Personas Defensoras de Derechos Humanos y Periodistas de la Ciudad de M\u00e9xico</b>", None))
        self.databaseLabel.setText(QCoreApplication.translate("UnlockDialog", u"Base de datos cifrada", None))
        self.userLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Usuario:", None))
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Frase de acceso:", None))
        self.capsLockLabel.setText(QCoreApplication.translate("UnlockDialog", u"\u26a0 Bloq May\u00fas est\u00e1 activado.", None))
        self.capsLockLabel.setStyleSheet(QCoreApplication.translate("UnlockDialog", u"color: #8a5a00;", None))
        self.errorLabel.setStyleSheet(QCoreApplication.translate("UnlockDialog", u"color: #b00020;", None))
        self.recoverButton.setText(QCoreApplication.translate("UnlockDialog", u"\u00bfOlvid\u00f3 su frase? Usar c\u00f3digo de &recuperaci\u00f3n\u2026", None))
        self.unlockButton.setText(QCoreApplication.translate("UnlockDialog", u"&Desbloquear", None))
    # retranslateUi

